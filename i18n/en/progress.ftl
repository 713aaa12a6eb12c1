### The Progress tab: charts and the traffic light.
### Every id here starts with "progress-". English.

## The span of the charts

# The buttons that choose how far back the charts go, after "Show:".
progress-show = Show:
progress-span-four-weeks = 4 weeks
progress-span-twelve-weeks = 12 weeks
progress-span-year = 1 year
progress-span-all = Since the start
# Shown instead of the span buttons in a programme's first weeks. $date: the first day, "Monday, 2 March 2026".
progress-since-start-on = Since the programme started on { $date }
# Under the span buttons when the charts show means of weeks, months… $period: day, week, month, quarter or year.
progress-means-of-each = { $period ->
    [week] (means of each week)
    [month] (means of each month)
    [quarter] (means of each quarter)
    [year] (means of each year)
   *[other] (means of each day)
}

## The status card: names on the left, values on the right

progress-status-week = Week
progress-status-week-not-started = The programme has not started yet
# $week: the programme week now; $decision_week: the week the clinician decides at; $checkin_week: the check-in week.
progress-status-week-of = { $week } of { $decision_week } (check-in at week { $checkin_week })
# After the decision week. $week: the programme week now; $decision_week: the week of the decision point.
progress-status-week-after = { $week } (the decision point was week { $decision_week })
progress-status-sessions = Sessions done
# $done: the share of sessions done in words ("85 % of the sessions due so far"); $minimum: the lowest share the programme asks, a number ("70").
progress-status-sessions-value = { $done } (the programme asks for at least { $minimum } %)
progress-status-this-week = This week
progress-status-pain-start = Worst pain, at the start
progress-status-pain-lately = Worst pain, lately
# In place of a pain score while there are too few diary entries.
progress-status-pain-unknown = not enough diary entries yet
# A pain score on the 0 to 10 scale. $score: the score, "4.5".
progress-out-of-ten = { $score } out of 10
progress-status-change = Change
progress-status-change-unknown = not known yet
progress-status-target = Target
# The improvement the clinician's rule looks for. $points: the raw number (for the plural); $points_text: it written out ("2"); $pct: a percentage, a number ("30"); $week: the decision week.
progress-status-target-value = { $points ->
    [one] { $points_text } point better, or { $pct } % better, by week { $week }
   *[other] { $points_text } points better, or { $pct } % better, by week { $week }
}
# The weekly activity scores (PSFS).
progress-status-activity = Activity scores
# $change: the change in points since the start ("+1.5 points"); $target: the change the rule looks for.
progress-status-activity-value = { $change } (target { $target })
# A change in points with its sign. $points: the size of the change (for the plural); $points_text: the change with its sign, "+1.5", "-2", "0".
progress-points-signed = { $points ->
    [one] { $points_text } point
   *[other] { $points_text } points
}
# Small print under the status card. $programme: the name of the programme the clinician set.
progress-status-framing = The thresholds come from the programme the clinician set ("{ $programme }"). A summary of the diary, not a diagnosis.

## Sessions done, in words, over the sessions chart

# $done: the share of sessions done in words ("85 % of the sessions due so far"); $minimum: the lowest share the programme asks, a number ("70").
progress-adherence-since-start = Since the start: { $done } (the programme asks at least { $minimum } %).
# $since_start: the sentence above; $this_week: this week's sessions in words ("2 of 3 sessions this week").
progress-adherence-with-week = { $since_start } { $this_week }.

## Chart titles, and each chart's name for screen readers (read as "Chart: worst pain")

progress-pain-title = Worst pain each day (0 none, 10 worst)
progress-chart-pain = worst pain
progress-lights-title = Session traffic lights
progress-chart-lights = session traffic lights
# $period: how sessions are added up: week, month, quarter or year.
progress-sessions-title = { $period ->
    [month] Sessions done each month, in % of those prescribed
    [quarter] Sessions done each quarter, in % of those prescribed
    [year] Sessions done each year, in % of those prescribed
    [day] Sessions done each day, in % of those prescribed
   *[other] Sessions done each week, in % of those prescribed
}
progress-chart-sessions = sessions done
progress-sitting-title = Minutes of sitting before pain forces a move
progress-chart-sitting = minutes of sitting
progress-levels-title = Level of each exercise
progress-chart-levels = level of each exercise
progress-activity-title = Activity scores (0 unable, 10 as before)
progress-chart-activity = activity scores

## The names of the lines and dots on the charts (shown on hover)

progress-series-pain = Worst pain
progress-series-flare = Flare-up
progress-series-sitting = Sitting
progress-series-sessions = Sessions done
progress-series-activity-mean = Mean activity score
progress-series-rating = Rating
progress-series-injection = Injection
progress-series-new-programme = New programme from the clinician
# The line of the mean. $period: day (a mean of the last 7 days), week, month, quarter or year.
progress-series-mean = { $period ->
    [week] Weekly mean
    [month] Monthly mean
    [quarter] Quarterly mean
    [year] Yearly mean
   *[other] 7-day mean
}
# The line of the pain at the start. $score: the pain, "5.5".
progress-series-pain-start = At the start: { $score }
# The line of the pain the clinician's rule aims for. $score: the pain, "3.2".
progress-series-pain-target = Target: { $score } or lower
# The line of the lowest share of sessions the programme asks. $minimum: a number, "70".
progress-series-sessions-minimum = The programme asks { $minimum } %
# A traffic light's name. $light: green, amber or red.
progress-light-name = { $light ->
    [green] Green
    [amber] Amber
   *[red] Red
}
# A milestone line on the charts. $which: checkin or decision; $week: the programme week it ends.
progress-milestone = { $which ->
    [checkin] Check-in (end of week { $week })
   *[decision] Decision point (end of week { $week })
}

## The legends beside the charts

progress-legend-pain-daily = each day's worst pain
progress-legend-each-day = each day
# $period: day (a mean of the last 7 days), week, month, quarter or year.
progress-legend-mean = { $period ->
    [week] weekly mean
    [month] monthly mean
    [quarter] quarterly mean
    [year] yearly mean
   *[other] 7-day mean
}
# $score: the pain at the start, "5.5".
progress-legend-pain-start = at the start: { $score }
# $score: the pain the clinician's rule aims for, "3.2".
progress-legend-pain-target = target: { $score } or lower
progress-legend-flare = flare-up
progress-legend-injection = injection
progress-legend-new-programme = new programme from the clinician
# Bars of sessions. $minimum: the lowest share the programme asks, a number, "70".
progress-legend-sessions-met = at or above { $minimum } %
progress-legend-sessions-short = below it
progress-legend-sessions-minimum = what the programme asks
progress-legend-activity = mean of the activity scores

## Hover labels over the charts' points. $date: a day, "Monday, 2 November 2026".

# $score: the score, "4.5".
progress-hover-pain = { $date }: worst pain { $score } out of 10
progress-hover-activity-mean = { $date }: mean activity score { $score } out of 10
# $minutes: whole minutes, "25".
progress-hover-sitting = { $date }: { $minutes } min
progress-hover-pain-rolling = Mean of the 7 days to { $date }: { $score } out of 10
progress-hover-sitting-rolling = Mean of the 7 days to { $date }: { $minutes } min
# $period: the week, month… ("week 3 (from 16 Nov 2026)", "Dec 2026"); $days: the raw number of days with an entry (for the plural); $days_text: it written out.
progress-hover-pain-period = { $days ->
    [one] { $period }: mean worst pain { $score } out of 10 ({ $days_text } day)
   *[other] { $period }: mean worst pain { $score } out of 10 ({ $days_text } days)
}
progress-hover-sitting-period = { $days ->
    [one] { $period }: mean { $minutes } min ({ $days_text } day)
   *[other] { $period }: mean { $minutes } min ({ $days_text } days)
}
progress-hover-flare = { $date }: flare-up
# $light: green, amber or red.
progress-hover-light = { $light ->
    [green] { $date }: session light green
    [amber] { $date }: session light amber
   *[red] { $date }: session light red
}
# A bar of sessions. $period: the week, month…; $done: sessions done; $prescribed: the raw number prescribed (for the plural), $prescribed_text: it written out ("3", "2.6"); $so_far: yes while the period is not over; $pct: the share done, a number; $meets: yes when at or above the minimum; $minimum: the lowest share the programme asks, a number.
progress-hover-sessions = { $period }: { $done } of { $prescribed ->
    [one] { $prescribed_text } session
   *[other] { $prescribed_text } sessions
}{ $so_far ->
    [yes] {" "}so far
   *[no] {""}
} ({ $pct } %), { $meets ->
    [yes] at or above
   *[no] below
} the { $minimum } % the programme asks
# $exercise: the exercise's name; $level: its level, "3".
progress-hover-level = { $exercise }: level { $level }

## The month calendar beside the sessions chart

progress-calendar-previous = Previous month
progress-calendar-next = Next month
# The key under the calendar: what each mark means.
progress-calendar-key-done = session done
progress-calendar-key-missed = training day missed
progress-calendar-key-due = training day to come
progress-calendar-key-rest-advised = rest advised (not counted)
progress-calendar-key-away = unwell or away (not counted)
progress-calendar-key-none = No mark: a rest day. A box: today.
# The days of the week over a month calendar, two letters each, Monday first.
progress-weekday-mo = Mo
progress-weekday-tu = Tu
progress-weekday-we = We
progress-weekday-th = Th
progress-weekday-fr = Fr
progress-weekday-sa = Sa
progress-weekday-su = Su

## Shared by every chart

# A chart's name for screen readers. $name: what it shows, "worst pain".
progress-chart = Chart: { $name }
