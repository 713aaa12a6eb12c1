### The analysis' words: the status, the reasons behind it (the findings) in the patient's
### voice and the clinician's, the session lights, and the numbers every surface shares.
### Every id here starts with "analysis-". English.
###
### The app is a diary and a plan, not a doctor: these words state the clinician's rule and
### the numbers against it; they never tell anyone which treatment they need.
### Numbers and dates arrive formatted; a variable used to choose a plural form is the raw
### number.

## Numbers shared by every screen.

# A percentage. $number: the number, formatted ("70", "75.5").
analysis-percent = { $number } %
# A pain score difference. $value: the raw number (plural form); $value_text: it formatted.
analysis-points = { $value ->
    [one] { $value_text } point
   *[other] { $value_text } points
}
# A number of sessions rounded to whole ones because rest or away days left part of a week
# out. $count: the whole number, formatted.
analysis-sessions-about = about { $count }
# Adherence before any session is due.
analysis-adherence-none = none due yet
# Adherence since the start. $pct: the percentage, formatted with its sign; $counted, $prescribed:
# sessions done and due so far (formatted, may have one decimal).
analysis-adherence = { $pct } of the sessions due so far ({ $counted } of { $prescribed })
# As analysis-adherence, early in a week: the week in progress is counted in part.
analysis-adherence-part-week = { $pct } of the sessions due so far ({ $counted } of { $prescribed }: the week in progress counts only its days gone)
# This week's sessions. $done: sessions done; $per_week: sessions the programme asks for a week.
analysis-week-sessions = { $per_week ->
    [one] { $done } of { $per_week } session this week
   *[other] { $done } of { $per_week } sessions this week
}
# A change in worst pain. $points: the change in points (analysis-points); $share: the change
# as a percentage of the starting level.
analysis-change-none = no change
analysis-change-better = { $points } better
analysis-change-better-share = { $points } ({ $share }) better
analysis-change-worse = { $points } worse
analysis-change-worse-share = { $points } ({ $share }) worse

## The status: a headline and what it means, in the patient's voice (second person, what to
## do) and the clinician's (third person, what the log shows; headlines short enough for a table).

analysis-status-seek-care-now = Seek care now
analysis-status-seek-care-now-meaning = You logged a warning sign that needs medical help today. Do not wait for your next appointment: the Warning signs page says whom to contact.
analysis-status-seek-care-now-clinician = Warning sign: same-day care advised
analysis-status-seek-care-now-meaning-clinician = The patient logged a warning sign and no clinician visit has been logged since. The app advised the patient to get medical help today.
analysis-status-contact-clinician-soon = Contact your clinician soon
analysis-status-contact-clinician-soon-meaning = Something in your diary needs your clinician's attention soon, before the next planned review. The reasons below say what.
analysis-status-contact-clinician-soon-clinician = Needs contact before the next review
analysis-status-contact-clinician-soon-meaning-clinician = Something in the patient's log needs a clinician's attention before the next planned review (the reasons below say what). The app asked the patient to get in touch soon.
analysis-status-no-recent-entries = Nothing logged lately
analysis-status-no-recent-entries-meaning = Your diary has had no entries for a while, so it cannot show how the programme is going. Log today's pain and any session you do; if the programme has stopped, let your clinician know.
analysis-status-no-recent-entries-clinician = No recent entries: diary gone quiet
analysis-status-no-recent-entries-meaning-clinician = Nothing logged for the days the programme allows: the log cannot show how the programme is going, so it is not judged. Worth a call.
analysis-status-keep-going = Keep going
analysis-status-keep-going-meaning = Carry on with the programme as your clinician set it. Your diary is compared with the plan's targets at the decision point.
analysis-status-keep-going-clinician = In the programme, no decision due
analysis-status-keep-going-meaning-clinician = The programme is under way. The log is judged against the programme's targets at the decision point.
analysis-status-review-plan = Review the plan with your clinician
analysis-status-review-plan-meaning = Fewer sessions were done than the programme needs to be judged fairly. Talk the plan over with your clinician: what got in the way, and whether to change it.
analysis-status-review-plan-clinician = Decision point: too few sessions
analysis-status-review-plan-meaning-clinician = At the decision point, fewer sessions were done than the programme sets for a fair trial, so the log cannot show whether the programme works. The plan is due for review with the patient.
analysis-status-discuss-next-steps = Discuss next steps with your clinician
analysis-status-discuss-next-steps-meaning = Your log shows pain has not changed by the amount agreed in your programme. Your programme says this is the time to discuss next steps with your clinician, including whether an injection review is appropriate.
analysis-status-discuss-next-steps-clinician = Decision point: change not reached
analysis-status-discuss-next-steps-meaning-clinician = At the decision point, with enough sessions done, worst pain has not changed by the amount set in the programme. By the programme's terms, next steps are due for discussion, including whether an injection review is appropriate.
analysis-status-improving = Improving: keep going
analysis-status-improving-meaning = Your log shows the change agreed in your programme. Keep going, and keep your clinician up to date.
analysis-status-improving-clinician = Improving as agreed
analysis-status-improving-meaning-clinician = At the decision point, the patient's log shows the change set in the programme.

## A session's traffic light: its word (shown with the colour, so it never depends on colour
## alone) and what it means.

analysis-light-green = Green
analysis-light-amber = Amber
analysis-light-red = Red
analysis-light-green-meaning = fine: keep going
analysis-light-amber-meaning = acceptable: stay at the same level
analysis-light-red-meaning = too much: ease off one step

## The reasons behind a status, one finding each, in two voices: $voice is "patient" (to
## the patient) or "clinician" (the clinician's report and review); a message whose voices
## differ in more than words has "-patient" and "-clinician" versions. Dates for the
## patient are written in full; for the clinician as 2026-12-04.

# $date: the day; $sign: the warning sign's name.
analysis-warning-sign-today-patient = You logged a warning sign on { $date }: { $sign }. This needs medical help today: the Warning signs page says whom to contact.
analysis-warning-sign-soon-patient = You logged a warning sign on { $date }: { $sign }. See your doctor about it soon, before your next planned review.
# $advice: what the app advised the patient, in the clinician's words ("same-day care").
analysis-warning-sign-clinician = Warning sign logged on { $date }: { $sign } ({ $advice }).
analysis-warning-signs-held = { $voice ->
    [clinician] It stays at the top of the status until a clinician visit is logged after it.
   *[patient] This stays at the top until a clinician visit is logged after the warning sign.
}

# One week's mean worst pain in the worsening reason. $mean: formatted; $date: the week's last day.
analysis-worsening-window = { $mean } in the 7 days to { $date }
# Joins the weeks of analysis-worsening-window: $first, then $next.
analysis-worsening-then = { $first }, then { $next }
# $means: the weeks (analysis-worsening-window, joined); $limit, $baseline: pain scores;
# $points: the rise the programme allows (analysis-points).
analysis-worsening-patient = Your average worst pain was { $means }: at or above { $limit }, which is your starting level of { $baseline } plus the { $points } set in your programme.
# $weeks: how many weeks running.
analysis-worsening-rule-patient = { $weeks ->
    [one] Your programme asks you to contact your clinician soon when pain stays this high for { $weeks } week.
   *[other] Your programme asks you to contact your clinician soon when pain stays this high for { $weeks } weeks running.
}
analysis-worsening-clinician = { $weeks ->
    [one] Mean worst pain { $means }: at or above { $limit } (baseline { $baseline } plus the { $points } the programme sets), { $weeks } week.
   *[other] Mean worst pain { $means }: at or above { $limit } (baseline { $baseline } plus the { $points } the programme sets), { $weeks } weeks running.
}

# A diary gone quiet. $date: the last entry's day (2026-10-20); $days: days since;
# $quiet_after: the days without an entry the programme allows.
analysis-quiet = { $voice ->
    [clinician] No entry since { $date }: { $days } days without any entry (the programme counts { $quiet_after } as gone quiet).
   *[patient] Nothing has been logged since { $date }: { $days } days. Your programme counts { $quiet_after } days without an entry as the diary gone quiet, so it is not judged on entries that stopped.
}
analysis-quiet-never = { $voice ->
    [clinician] No entry since the programme started: { $days } days without any entry (the programme counts { $quiet_after } as gone quiet).
   *[patient] Nothing has been logged since the programme started: { $days } days. Your programme counts { $quiet_after } days without an entry as the diary gone quiet, so it is not judged on entries that stopped.
}

# Where the programme stands. $week: the programme's week now; $decision_week: the week at
# whose end the diary is compared with the targets; $date: that day.
analysis-decision-too-few-entries = { $voice ->
    [clinician] Week { $week }: the decision point (end of week { $decision_week }) has passed, but the diary holds too few entries to compare pain.
   *[patient] Week { $week } of the programme: the decision point set in your programme (the end of week { $decision_week }) has been reached, but the diary does not yet hold enough entries to compare pain against it.
}
analysis-not-started = { $voice ->
    [clinician] The programme has not started yet; the decision point is the end of week { $decision_week } ({ $date }).
   *[patient] The programme has not started yet. Your diary is compared with the plan's targets at the end of week { $decision_week } ({ $date }).
}
analysis-before-decision = { $voice ->
    [clinician] Week { $week } of { $decision_week }; the decision point is the end of week { $decision_week } ({ $date }).
   *[patient] Week { $week } of { $decision_week }: your diary is compared with the plan's targets at the end of week { $decision_week } ({ $date }), as set in your programme.
}
analysis-check-in = { $voice ->
    [clinician] This is the week-{ $week } check-in the programme sets.
   *[patient] This is the week-{ $week } check-in set in your programme: a good time to show this summary to your clinician.
}

# Sessions done against those prescribed. $pct: done as a percentage; $done: sessions done;
# $prescribed: sessions prescribed (whole, or analysis-sessions-about); $min: the programme's minimum percentage.
analysis-sessions-none = { $voice ->
    [clinician] No sessions prescribed yet (rest-advised and away days are left out).
   *[patient] No sessions have been prescribed yet (rest-advised and away days are not counted).
}
analysis-sessions = { $voice ->
    [clinician] Sessions: { $pct } of those prescribed ({ $done } done of { $prescribed } prescribed, rest-advised and away days left out). The programme sets at least { $min }.
   *[patient] Sessions: { $pct } of those prescribed so far ({ $done } done, { $prescribed } prescribed, not counting rest-advised or away days). Your programme asks for at least { $min }.
}

# Worst pain at the start and now. $baseline, $current: pain scores; $source: where the
# starting level comes from ("first-days" of the programme or "days-before" it); $days: the
# days "now" covers; $change: analysis-change-*; $target_points (analysis-points) and
# $target_pct: the improvement the programme sets.
analysis-pain = { $voice ->
    [clinician] Worst pain: mean { $baseline } { $source ->
            [first-days] in the first days of the programme
           *[days-before] in the days before the programme
        }, { $current } over the last { $days } days: { $change }. Target: at least { $target_points } or { $target_pct } better (the programme's target).
   *[patient] Worst pain: on average { $baseline } { $source ->
            [first-days] in your first days on the programme
           *[days-before] in the days before the programme
        }, { $current } over the last { $days } days: { $change }. The target is at least { $target_points } or { $target_pct } better (set in your programme).
}
# Too few entries to compare pain. $baseline_min, $baseline_days, $baseline_logged: entries
# needed in the first days, those days, entries so far; $current_min, $current_days,
# $current_logged: the same for the last days.
analysis-pain-too-few = { $voice ->
    [clinician] Too few diary entries to compare pain: the programme needs { $baseline_min } days with an entry in the first { $baseline_days } days (or the { $baseline_days } days before the start; { $baseline_logged } logged) and { $current_min } in the last { $current_days } days ({ $current_logged } logged).
   *[patient] There are not enough diary entries yet to compare pain. Your programme needs { $baseline_min } days with an entry in the first { $baseline_days } days (or in the { $baseline_days } days before the start; { $baseline_logged } so far) and { $current_min } in the last { $current_days } days ({ $current_logged } so far).
}

# The start of a decision reason: at the decision point ($decision_week) or later ($week).
analysis-after-weeks = After { $decision_week } weeks
analysis-by-week = By week { $week } (the decision point was the end of week { $decision_week })
# At or after the decision point. $after: analysis-after-weeks or analysis-by-week; $done:
# the percentage of prescribed sessions done; $min: the programme's minimum percentage.
analysis-too-few-sessions = { $voice ->
    [clinician] { $after }, { $done } of the prescribed sessions were done, below the { $min } the programme sets: by its own terms the plan has not been fully tried.
   *[patient] { $after }, { $done } of the prescribed sessions were done, below the { $min } your programme sets. By the plan's own terms it has not yet been fully tried, so the diary cannot show whether it works.
}
analysis-change-not-reached = { $voice ->
    [clinician] { $after }, with { $done } of the prescribed sessions done, worst pain has not changed by the amount set in the programme.
   *[patient] { $after }, with { $done } of the prescribed sessions done, your log shows worst pain has not changed by the amount agreed in your programme.
}
analysis-change-reached = { $voice ->
    [clinician] { $after }, with { $done } of the prescribed sessions done, the patient's log shows the change set in the programme.
   *[patient] { $after }, with { $done } of the prescribed sessions done, your log shows the change agreed in your programme.
}
# The programme's next step, to the patient (the clinician's status already says it).
analysis-next-steps-patient = Your programme says this is the time to discuss next steps with your clinician, including whether an injection review is appropriate.

# Activity scores (Patient-Specific Functional Scale). $direction: "rose" or "fell"; $by: the
# change (analysis-points); $important: the change the programme counts as important.
analysis-psfs = { $voice ->
    [clinician] PSFS mean { $direction ->
            [rose] rose
           *[fell] fell
        } by { $by } (important change in the programme: { $important }).
   *[patient] Your activity scores (PSFS) { $direction ->
            [rose] rose
           *[fell] fell
        } by { $by }; your programme counts { $important } as an important change.
}

# Pain since an injection. $date: the injection's day; $before: worst pain in the
# $before_days days before it; $now: worst pain since, over the last $now_days days
# ($ongoing "yes") or in the $now_days days to $now_to (the measuring window has closed);
# $change: analysis-change-*.
analysis-injection = { $voice ->
    [clinician] Since the injection on { $date }: worst pain { $before } in the { $before_days } days before, { $now } { $ongoing ->
            [yes] over the last { $now_days } days
           *[no] in the { $now_days } days to { $now_to }
        }: { $change }.
   *[patient] Since the injection on { $date }: worst pain { $before } in the { $before_days } days before it, { $now } { $ongoing ->
            [yes] over the last { $now_days } days
           *[no] in the { $now_days } days to { $now_to }
        }: { $change }.
}
# An injection whose effect cannot be measured yet. $before_min: entries needed in the
# $before_days days before it; $after_min: entries needed after it.
analysis-injection-not-measured = { $voice ->
    [clinician] Injection logged on { $date }; its effect is measured once there are { $before_min } diary entries in the { $before_days } days before it and { $after_min } after it.
   *[patient] An injection was logged on { $date }. Its effect is measured once there are { $before_min } diary entries in the { $before_days } days before it and { $after_min } after it.
}

## Suggestions after a session, to the patient. $level: the level's number; $name: its name
## as the programme gives it.

analysis-suggest-next-level = Your last two sessions were green and you reached the top of the range. Ready for level { $level }?
analysis-suggest-next-level-named = Your last two sessions were green and you reached the top of the range. Ready for level { $level }: { $name }?
analysis-suggest-more-load = Your last two sessions were green at the top of the range. You could add a little weight (2 to 10 %) next time.
analysis-suggest-level-down = Your last session was red. Easing off to level { $level } for a while may help.
analysis-suggest-level-down-named = Your last session was red. Easing off to level { $level }: { $name } for a while may help.
analysis-suggest-fewer-reps = Your last session was red. Doing fewer reps (or shorter holds) next time may help.

## The month calendar: what each day was, as a screen reader says it.

analysis-day-before-start = before the programme started
analysis-day-done = session done
analysis-day-rest-advised = rest advised by the clinician, not counted
analysis-day-away = unwell or away, not counted
analysis-day-missed = training day missed
analysis-day-rest = rest day
analysis-day-due = training day
# $date: the day in full; $what: analysis-day-*.
analysis-calendar-day = { $date }: { $what }
analysis-calendar-today = { $date }, today: { $what }

## Reminders: the desktop notification and the settings' summary of what they will do.

analysis-reminder-training-title = Time for your exercises
analysis-reminder-training-body = Today is a training day in your programme. Open the app to log your session when you have done it.
analysis-reminder-diary-title = Your diary for today
analysis-reminder-diary-body = How was your pain today? Writing it down takes a minute and helps you and your physiotherapist see how things are going.
# In analysis-reminder-training, when the programme has no training days.
analysis-reminder-no-training-days = no day (your programme has no training days)
# $time: the time of day (18:00); $days: the weekdays, listed ("Monday, Wednesday, Friday").
analysis-reminder-training = A reminder at { $time } on { $days } unless you have logged your session, or your diary says rest or away.
analysis-reminder-diary = A reminder at { $time } every day unless you have written that day's diary entry.
analysis-reminder-none = No reminders: the app will not remind you.

## Periods of the charts (days, weeks, months, quarters, years).

# $week: the programme week's number; $date: its first day in full.
analysis-period-week-name = week { $week } (from { $date })
# $quarter: 1 to 4; $year: the year.
analysis-period-quarter-name = Q{ $quarter } { $year }
# The period's noun on its own. $period: day, week, month, quarter or year.
analysis-period-noun = { $period ->
    [day] day
    [month] month
    [quarter] quarter
    [year] year
   *[week] week
}

## An exercise's sets in a few words, as Today lists them: "2 × 12 each side, body weight".

analysis-sets-none = no sets
# A hold's length. $secs: seconds.
analysis-sets-hold-secs = { $secs } s
# Every set alike. $count: the number of sets; $amount: reps, or a hold (analysis-sets-hold-secs).
analysis-sets-same = { $count } × { $amount }
analysis-sets-same-each-side = { $count } × { $amount } each side
analysis-sets-same-holds = { $count } × { $amount } holds
analysis-sets-same-holds-each-side = { $count } × { $amount } holds each side
# Sets that differ. $list: their reps or holds (analysis-list-and).
analysis-sets-listed-reps = { $list } reps
analysis-sets-listed-holds = { $list } holds
# The last item of a list. $rest: the items before it, with commas; $last: the last one.
analysis-list-and = { $rest } and { $last }
analysis-load-body-weight = body weight
# $strength: the band's colour and strength, "red (light)".
analysis-load-band = { $strength } band
analysis-load-band-doubled = { $strength } band, doubled
