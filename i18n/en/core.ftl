### The core: analysis findings, the record, storage and hand-off messages.
### Every id here starts with "core-". English.

## Voice: plain words a patient understands.

# A load in kilograms. $kg: the raw number (plural form); $kg_text: it formatted.
core-load-kg = { $kg ->
    [one] { $kg_text } kg
   *[other] { $kg_text } kg
}

## The diary's words: resistance bands, kinds of day, events.

# A resistance band's strength, by its colour, in the set form's choice.
core-band-extra-light = Yellow (extra light)
core-band-light = Red (light)
core-band-medium = Green (medium)
core-band-heavy = Blue (heavy)
core-band-extra-heavy = Black (extra heavy)
# A band used for a set. $strength: one of the band names above.
core-band = { $strength } band
# A band used doubled over for a set. $strength: one of the band names above.
core-band-doubled = { $strength } band, doubled

# How the day was, chosen in the diary.
core-day-normal = Normal day
core-day-flare = Flare-up
core-day-rest-advised = Rest advised by my clinician
core-day-away = Unwell or away

# Kinds of event the patient logs (a heading in the history).
core-event-injection = Injection
core-event-clinician-visit = Clinician visit
core-event-medication-change = Medication change
core-event-red-flag = Warning signs
core-event-level-change = Level change

## Warning signs. Translate with care: same meaning, same urgency, no softening, no added advice.

# The signs in the patient's words (the Warning signs page and the command line).
core-sign-saddle-numbness = Numbness around your bottom, between your legs, or on your inner thighs
core-sign-bladder-or-bowel = New trouble passing urine or stools, or holding them in
core-sign-sexual-function = New problems with sexual function
core-sign-hot-swollen-joint = A hot, swollen joint together with a fever or feeling unwell
core-sign-progressive-weakness = Weakness or numbness in the leg that is getting worse, or not being able to stand on the leg after a fall
core-sign-constant-night-pain = Pain that is there all the time, including at night
core-sign-weight-loss-or-night-sweats = Losing weight without trying, or night sweats
core-sign-cancer-history = A history of cancer

# The headings over the two tiers of signs on the Warning signs page.
core-urgency-today-heading = Get help today if you have any of these:
core-urgency-soon-heading = See your doctor soon if you have any of these:
# What to do, in the patient's words.
core-urgency-today-advice = Get help today: call your doctor's urgent line or emergency services, or go to an emergency department.
core-urgency-soon-advice = Make an appointment to see your doctor soon, before your next planned review, and tell them about this.

## Voice: a clinician's words (the report and the review window).

# The signs in a clinician's words.
core-sign-clinician-saddle-numbness = Saddle numbness
core-sign-clinician-bladder-or-bowel = New bladder or bowel dysfunction
core-sign-clinician-sexual-function = New sexual dysfunction
core-sign-clinician-hot-swollen-joint = Hot swollen joint with fever or malaise
core-sign-clinician-progressive-weakness = Progressive leg weakness or numbness, or unable to bear weight after a fall
core-sign-clinician-constant-night-pain = Constant pain, including at night
core-sign-clinician-weight-loss-or-night-sweats = Unexplained weight loss or night sweats
core-sign-clinician-cancer-history = History of cancer
# What a sign calls for, in a clinician's words, after the sign.
core-urgency-today-clinician = same-day care
core-urgency-soon-clinician = doctor soon
# How an injection was guided, after the injection.
core-guidance-ultrasound = ultrasound-guided
core-guidance-ct = CT-guided
core-guidance-other = other guidance

## What a change did, in the notice after it and in undo and redo.

# An entry in a few words, used inside the messages below. $date: the day and month ("3 November").
core-entry-session = session of { $date }
core-entry-diary = diary entry of { $date }
core-entry-injection = injection on { $date }
core-entry-clinician-visit = clinician visit on { $date }
core-entry-medication-change = medication change on { $date }
core-entry-red-flag = warning signs on { $date }
core-entry-level-change = level change on { $date }
core-entry-psfs = activity scores of { $date }

# The notice after a change. $entry: an entry in a few words (above).
core-saved = Saved: { $entry }.
core-deleted = Deleted: { $entry }.
core-changed = Changed: { $entry }.
# $pain: the pain score, 0 to 10.
core-saved-morning-pain = Saved this morning's pain: { $pain }.
core-details-changed = Your details are changed.
# $name: the programme's name; $date: the day it starts ("3 November 2026").
core-programme-taken-up = Your programme is now "{ $name }", from { $date }. Earlier days are still judged by the programme you had then.
# $name: an exercise's name; $level: its new level number.
core-level-moved = { $name } is now at level { $level }.
# $count: how many exercises moved (raw, for the plural); $count_text: it formatted.
core-levels-eased = { $count ->
    [one] { $count_text } exercise is at an easier level now.
   *[other] { $count_text } exercises are at an easier level now.
}
core-sound-on = The sound at the end of a rest or a hold is on.
core-sound-off = The sound at the end of a rest or a hold is off.
core-reminders-saved = Saved your reminder settings.

# What undo takes back (shown as "Undone: …." and in the Undo button's tooltip).
core-what-new = the new { $entry }
core-what-deleting = deleting the { $entry }
core-what-change = the change to the { $entry }
core-what-morning-pain = this morning's pain
core-what-details = the change to your details
core-what-programme = taking up the programme "{ $name }"
core-what-level-moved = moving { $name } to level { $level }
core-what-levels-moved = { $count ->
    [one] moving { $count_text } exercise to another level
   *[other] moving { $count_text } exercises to other levels
}
core-what-sound = the change to the sound
core-what-reminders = the change to your reminders
# After undo or redo. $what: one of the phrases above.
core-undone = Undone: { $what }.
core-done-again = Done again: { $what }.

## Why a change was refused (shown at the field or by the command).

# $number: the entry's number in the diary.
core-error-entry-gone = that entry is no longer in your diary (number { $number })
core-error-no-profile = the app is not set up yet: give your start date and affected side first
# $month: the month and year not read yet.
core-error-still-opening = your diary is still opening ({ $month } is not read yet): try again in a moment
# $date: the day.
core-error-diary-day-taken = there is already a diary entry for { $date }: change that one instead
core-error-start-too-far = the start date { $date } is more than a year away
# $count_text: the most characters or activities, formatted.
core-error-code-too-long = the patient code can be at most { $count_text } characters
core-error-code-control = the patient code cannot hold line breaks or tabs
core-error-too-many-activities = at most { $count_text } activities can be rated
core-error-activity-unnamed = an activity to rate needs a name
# $now, $worst: pain scores, 0 to 10.
core-error-pain-above-worst = pain now ({ $now }) is more than the worst pain in the last 24 hours ({ $worst }); the worst includes now
core-error-session-empty = a session needs at least one exercise
# $exercise: the exercise's id.
core-error-exercise-no-sets = { $exercise } has no sets: add a set or leave the exercise out
core-error-no-sign-ticked = tick at least one warning sign
core-error-no-activity-rated = rate at least one activity
core-error-rated-activity-unnamed = each activity rated needs a name
# $id: the exercise id the command named.
core-no-such-exercise = the programme has no exercise "{ $id }"
# $name: the exercise; $levels: how many levels it has; $level: the level asked for.
core-no-such-level = { $name } has levels 1 to { $levels }, not { $level }

# A value out of its range. $got: what was given.
core-range-pain = a pain score must be a whole number from 0 to 10, but it was { $got }
core-range-effort = an effort rating must be a whole number from 0 to 10, but it was { $got }
core-range-ability = an activity score must be a whole number from 0 to 10, but it was { $got }
core-range-reps = the number of repetitions must be a whole number from 0 to 1000, but it was { $got }
core-range-hold = a hold time must be a whole number of seconds from 0 to 600, but it was { $got }
core-range-sitting = sitting time must be a whole number of minutes from 0 to 1440, but it was { $got }
core-range-load = a load must be a number of kilograms from 0 to 500, but it was { $got }
core-range-date = the date must be no later than tomorrow, but it was { $got }
