### The Diary tab.
### Every id here starts with "diary-". English.

## Changes not saved yet

# In the status bar. $day: the diary's day, "23 Nov".
diary-unsaved-change = The change to the diary entry of { $day } is not saved yet.
diary-unsaved-new = The diary entry of { $day } is not saved yet.
# Asked when another day is picked over changes not saved. $date: the day, "Monday, 23 November 2026".
diary-leave-question = What you changed in the diary of { $date } is not saved.
diary-leave-go = Leave it unsaved and go
# $day: the day shown now, "23 Nov".
diary-leave-stay = Stay on { $day }

## The diary form

# Before the date picker at the top: "Diary for [Monday, 23 November 2026]".
diary-for = Diary for
# The date picker's name for screen readers.
diary-day = Diary day
diary-back-to-today = Back to today
# $date: the day, "Monday, 23 November 2026".
diary-day-taken = There is already a diary entry for { $date }: there is one a day.
diary-show-that-entry = Show that entry instead
diary-save-changes = Save changes
diary-save-entry = Save diary entry
diary-choose-both-scores = Choose both pain scores to save.
diary-pain-now-question = Pain right now
# The name of the 0 to 10 scale of pain now, for screen readers.
diary-pain-now-scale = Pain now
# $score: the pain (0 to 10) the patient gave this morning about yesterday's session.
diary-pain-from-morning = { $score } is what you said this morning. Change it if the pain is different now.
# The question, and the name of its 0 to 10 scale.
diary-worst-pain = Worst pain in the last 24 hours
diary-sitting-question = How long can you sit before the pain makes you move?
# After the number of minutes in the field (keep the space before it).
diary-sitting-suffix = {" "}minutes
diary-sitting-name = Sitting time in minutes
diary-sitting-not-noticed = I didn't notice today
diary-where-question = Where did you feel it?
diary-where-buttock = Buttock
diary-where-hip = Hip
diary-where-groin = Groin
diary-where-back-of-thigh = Back of the thigh
diary-where-snapping = A snap or clunk in the hip
diary-day-question = How was the day?
diary-note = Note (optional)

## The box over a day's saved entry. $which: today or other; $date: the day, "Monday, 23 November 2026".

diary-saved-box-changed = { $which ->
    [today] Changes to today's diary not saved yet
   *[other] Changes to the diary of { $date } not saved yet
}
diary-saved-box-changed-body = The entry saved earlier stays as it was until you press "Save changes".
# $time: when it was saved, "20:15".
diary-saved-box-done = { $which ->
    [today] Today's diary is done (saved at { $time }).
   *[other] The diary of { $date } is done (saved at { $time }).
}
diary-saved-box-done-body = You can change it below: there is one entry a day.

## The weekly activity scores (the Patient-Specific Functional Scale)

diary-activity-title = Weekly activity scores
diary-activity-explained = Up to three everyday activities your hip makes hard, scored once a week: 0 means you can't do it, 10 means you can do it as well as before the problem.
# One activity and its score (0 to 10) in the list of this week's scores.
diary-activity-score = { $activity } { $score }
# Between the items of a list: "sitting 4, walking 6".
diary-list-separator = {", "}
# $date: the day scored, "Monday, 23 November 2026"; $scores: each activity and its score.
diary-activity-scored = Scored this week on { $date }: { $scores }.
diary-activity-change = Change the activities
diary-activity-hint-film = for example: sitting through a film
diary-activity-hint-shops = for example: walking to the shops
diary-activity-hint-car = for example: getting in and out of the car
# The name of each activity's field, for screen readers. $number: 1, 2 or 3.
diary-activity-name = Activity { $number }
diary-activity-save-activities = Save activities
# The name of an activity's 0 to 10 scale. $activity: the activity the patient named.
diary-activity-score-for = Score for { $activity }
diary-activity-save-scores = Save scores
diary-activity-saved = Scores saved.

## Adding an event

diary-event-title = Add an event
diary-event-clinician-visit = Clinician visit
diary-event-injection = Injection
diary-event-medication-change = Medication change
# Before the event's date: "On [Monday, 23 November 2026]".
diary-event-on = On
# The event date picker's name, for screen readers.
diary-event-date = Event date
diary-event-side = Side:
diary-event-side-left = Left side
diary-event-side-right = Right side
# How the injection was guided.
diary-event-guided-by = Guided by:
diary-event-guided-ultrasound = Ultrasound
diary-event-guided-ct = CT
diary-event-guided-other = Other or not sure
diary-event-note-hint = note (optional)
diary-event-note = Event note
diary-event-save = Save event
diary-event-saved = Event saved.

## The date picker (on the Diary and elsewhere). $name: the date field's name, "Diary day".

diary-picker-earlier = A day earlier
diary-picker-earlier-named = { $name }: a day earlier
diary-picker-later = A day later
diary-picker-later-named = { $name }: a day later
diary-picker-calendar = Choose the day on a calendar
# $date: the day, "Monday, 23 November 2026".
diary-picker-day-named = { $name }: { $date }
diary-picker-month-before = { $name }: month before
diary-picker-month-after = { $name }: month after
