### The clinician's report page.
### Every id here starts with "report-". English.

## The clinician's one-page report (an HTML page printed on A4). Clinical, concise, third
## person: it speaks of "the patient", never to them.

report-title = Home exercise programme: clinician report
# Who the report is about; $name is the patient's code or pseudonym.
report-patient = Patient { $name }
# As report-patient, when the patient gave no code and $name is a pseudonym the app made.
report-patient-pseudonym = Patient { $name } (pseudonym: no code was given)
# The line under the heading. $programme: the programme's name; $start: the day the
# programme started; $side: the affected side ("left", "right"); $first, $last: the days
# the report covers; $exported: the day and $time the time (24-hour) it was made.
report-meta = { $programme } · started { $start } · affected side { $side } · covers { $first } to { $last } · exported { $exported } { $time }
# Under the heading. $programme: the programme file's name; $version: the app's version.
report-footer = A diary kept by the patient, summarised against the plan the clinician set; not a diagnosis. Thresholds from the programme file "{ $programme }". Made by rehab-tracker { $version }.
# Shown instead of the report when the diary has nothing to report on yet.
report-no-data = the data folder has no profile or programme yet, so there is nothing to report on

## The key numbers beside the status card: a label, then the figure against the threshold.

report-number-week = Programme week
# $week: the programme week now; $checkin: the week of the check-in; $decision: the week at
# whose end the programme is reviewed.
report-number-week-value = { $week } (check-in week { $checkin }, decision end of week { $decision })
report-number-sessions = Sessions done
# $adherence: the sessions done against those due, in words ("85 % of the sessions due so
# far (…)"); $threshold: the lowest share the programme accepts, a number of percent.
report-number-sessions-value = { $adherence }; threshold { $threshold } %
report-number-baseline = Worst pain at the start
# $pain: mean worst pain (0-10); $days: the days the mean is taken over, the programme's first ones.
report-number-baseline-first = { $pain } / 10 ({ $days ->
        [one] { $days_text } day from the start
       *[other] { $days_text } days from the start
    })
# As report-number-baseline-first, for the days before the programme started.
report-number-baseline-before = { $pain } / 10 ({ $days ->
        [one] { $days_text } day before the start
       *[other] { $days_text } days before the start
    })
# The pain at the start cannot be worked out yet. $needs: days with an entry needed;
# $days: within how many days; $have: days with an entry logged.
report-number-baseline-not-yet = not worked out: the baseline needs { $needs ->
        [one] { $needs_text } day
       *[other] { $needs_text } days
    } with an entry in { $days ->
        [one] { $days_text } day
       *[other] { $days_text } days
    } ({ $have_text } logged)
report-number-current = Worst pain lately
# $pain: mean worst pain (0-10) over the last $days days.
report-number-current-value = { $pain } / 10 ({ $days ->
        [one] last day
       *[other] last { $days_text } days
    })
# As report-number-baseline-not-yet, for the recent pain.
report-number-current-not-yet = not worked out: current pain needs { $needs ->
        [one] { $needs_text } day
       *[other] { $needs_text } days
    } with an entry in { $days ->
        [one] { $days_text } day
       *[other] { $days_text } days
    } ({ $have_text } logged)
report-number-change = Change
# $change: the change in worst pain in words ("2 points (25 %) better"); $points: the
# change that counts as important, in points ("2 points"); $percent: or as a share, a
# number of percent.
report-number-change-value = { $change }; target { $points } or { $percent } %
report-number-change-not-yet = not worked out yet (needs both pain figures)
# Patient-Specific Functional Scale: the abbreviation clinicians know.
report-number-psfs = PSFS
# $start, $lately: the mean PSFS rating (0-10) at the start and lately; $change: the change
# with its sign ("+2.5 points"); $important: the change that counts as important ("2 points").
report-number-psfs-value = mean { $start } at the start, { $lately } lately: { $change } (important change: { $important })
# $days: the programme's first days (and as many before it) that had no PSFS rating.
report-number-psfs-no-start = change not worked out: no rating in the first { $days ->
        [one] day
       *[other] { $days_text } days
    } of the programme or the { $days ->
        [one] day
       *[other] { $days_text } days
    } before it
report-number-psfs-no-lately = change not worked out: no rating in the last { $days ->
        [one] day
       *[other] { $days_text } days
    }
report-number-sitting = Sitting tolerance
# How long the patient can sit, in minutes; $minutes is the number.
report-minutes = { $minutes } min
# $start, $lately: report-minutes at the start and lately; $change: the difference with its
# sign ("+15 min").
report-number-sitting-both = { $start } at the start, { $lately } lately ({ $change })
report-number-sitting-start-only = { $start } at the start; too few entries lately
report-number-sitting-lately-only = { $lately } lately; too few entries at the start
report-number-sitting-none = too few entries to work out

## The two charts. Their titles say how the values are grouped: $period is one of day,
## week, month, quarter, year.

report-chart-pain = Worst pain, { $period ->
        [day] daily
        [week] weekly
        [quarter] quarterly
        [year] yearly
       *[month] monthly
    } mean (0-10)
report-chart-sessions = Sessions done, % of prescribed ({ $period ->
        [day] daily
        [week] weekly
        [quarter] quarterly
        [year] yearly
       *[month] monthly
    })
# Labels of the lines across the pain chart; $value is a pain score (0-10).
report-chart-start = start { $value }
report-chart-target = target { $value }
# Label of the line across the sessions chart; $value is a number of percent.
report-chart-threshold = threshold { $value } %
# A mark on the pain chart on the day of an injection; $side is "left" or "right".
report-chart-injection = injection
report-chart-injection-side = injection { $side }
# Written across a chart with no values.
report-chart-empty = no entries in these days

## The table of the last four programme weeks.

report-recent-heading = Last four weeks
# A column's heading: the programme week and its first and last day ("4 Dec").
report-recent-week = Week { $week }: { $from }–{ $to }
report-recent-sessions = Sessions (done / due)
report-recent-lights = Traffic lights
# A week's traffic lights counted by colour ("2 green, 1 amber"); $count is the number.
report-lights-green = { $count ->
       *[other] { $count_text } green
    }
report-lights-amber = { $count ->
       *[other] { $count_text } amber
    }
report-lights-red = { $count ->
       *[other] { $count_text } red
    }
# Lights still waiting for the next morning's pain score.
report-lights-provisional = { $count ->
       *[other] { $count_text } provisional
    }
report-lights-none = none
report-recent-pain = Worst pain, mean (max)
report-recent-no-entries = no entries
# An exercise's dose in a week: L and the highest level, sets × repetitions (or seconds
# held, report-dose-seconds); $sided is "yes" when the dose is for each side; $load is the
# heaviest added weight in kg, or "none".
report-dose = L{ $level } { $sets }×{ $each }{ $sided ->
        [yes] {" "}a side
       *[no] {""}
    }{ $load ->
        [none] {""}
       *[other] , { $load } kg
    }
report-dose-seconds = { $seconds } s
report-dose-not-done = not done
report-dose-legend = Dose: the highest level that week (L), sets × repetitions (or seconds held) per session, and the heaviest added weight.

## Events and ratings: lists of dated items, the newest last.

report-events-heading = Events and ratings in these days
report-section-warning-signs = Warning signs
report-section-injections = Injections
report-section-medication = Medication changes
report-section-visits = Clinician visits
report-section-levels = Level changes
report-section-flares = Flare days
report-section-psfs = PSFS ratings
report-section-empty = None logged.
# Under a list that shows only the newest items; $count: the items left out.
report-section-earlier = { $count ->
       *[other] and { $count_text } earlier (all in the CSV, bundle and FHIR exports)
    }
# A note the patient wrote with an entry; $note is their text, as written.
report-note = Note: “{ $note }”
# A warning sign logged: $date and $time logged, $signs the signs and their urgency, $state
# whether it still stands (report-warning-standing or report-warning-seen).
report-warning-item = { $date } { $time }: { $signs }; { $state }.
report-warning-standing = standing: no clinician visit logged since
report-warning-seen = a clinician visit was logged after it
# An injection: $date, $side the side (report-injection-side), $guidance how it was guided
# (empty, or ", ultrasound-guided"), $effect the pain before and after (empty, or
# report-injection-effect).
report-injection-item = { $date }: { $side }{ $guidance }{ $effect }.
report-injection-side = { $side } side
report-injection-no-side = side not given
# Mean worst pain before the injection ($before) and after it up to $until, and the change
# in words ("2 points (25 %) better").
report-injection-effect = ; worst pain { $before } before, { $after } by { $until }: { $change }
# $date: the day; $exercise: the exercise's name; $from, $to: the levels.
report-level-item = { $date }: { $exercise }, level { $from } to { $to }.
# A run of flare days: one day, or from $from to $to, $days days in all.
report-flare-day = { $date }.
report-flare-run = { $from } to { $to } ({ $days ->
        [one] { $days_text } day
       *[other] { $days_text } days
    }).
# A PSFS rating: $date, the mean of its scores, and each activity with its score.
report-psfs-item = { $date }: mean { $mean } ({ $scores }).
# A medication change or a clinician visit: the day it was logged.
report-dated-item = { $date }.

## The patient's notes.

# $date: the day, $note: the note as the patient wrote it.
report-note-diary = { $date } (diary): { $note }
report-note-session = { $date } (session): { $note }
# $date: the first day whose notes are shown.
report-notes-heading = The patient's notes since { $date }
# $count: notes older than the ones shown.
report-notes-earlier = { $count ->
        [one] { $count_text } earlier note is in the CSV and bundle exports.
       *[other] { $count_text } earlier notes are in the CSV and bundle exports.
    }
# No note in the weeks shown since $date; $count older ones are in the other exports.
report-notes-none-since = No notes since { $date }; { $count ->
       *[other] { $count_text } earlier in the CSV and bundle exports.
    }
# The notes did not fit on the first page; $count: how many there are.
report-notes-next-page = The patient's notes ({ $count_text }) are on the next page.
# The heading of the notes' page; $title is report-title.
report-appendix-heading = { $title }: the patient's notes
# In each printed page's bottom margin. Keep { $page } and { $pages }: the browser writes
# the numbers there.
report-page-number = page { $page } of { $pages }

## The printed programme sheet, for the patient: one page with each exercise, its picture,
## level, dose, how to do it and what to keep in mind. Speaks to the patient ("your").

report-sheet-title = Your exercise programme
# $programme: its name; $sessions: sessions a week; $date: the day printed; $side: the side
# the pictures are drawn for ("left", "right").
report-sheet-meta = { $programme } · { $sessions ->
        [one] { $sessions_text } session a week
       *[other] { $sessions_text } sessions a week
    } · printed { $date } · pictures for the { $side } side
# $level: the exercise's level now, of $levels; $name: the level's name.
report-sheet-level = Level { $level } of { $levels }: { $name }
# The dose (as "3 sets of 10") of an exercise done on each side in turn.
report-sheet-dose-each-side = { $dose }, each side
# Before the exercise's one thing to keep in mind; $cue is the clinician's words.
report-sheet-remember = Remember: { $cue }
# The sheet of every exercise at every level, for clinicians choosing a level.
report-sheet-all-levels = The exercises at every level
# Under each picture of that sheet.
report-sheet-level-caption = Level { $level }: { $name }
# The sheet cannot be printed before the app is set up.
report-sheet-no-programme = there is no programme to print: set up the app first
