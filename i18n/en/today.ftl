### The Today tab: the session and its sets.
### Every id here starts with "today-". English.


## Voice: the patient, addressed as "you".

## The summary of today's session, in place of the form once it is saved.
## $time is the time of day it was saved or logged ("18:05").

today-summary-saved = Session saved at { $time }.
today-summary-saved-well-done = Session saved at { $time }. Well done.
today-summary-done = Today's session is done (logged at { $time }).
# $date: the date of the next training day, written out ("Wednesday, 9 December 2026").
today-summary-next = Next session: { $date }.
today-summary-log-another = Log another session today
today-summary-log-another-hover = Only for a second session: this one is already saved
today-summary-see-in-history = See it in History
today-summary-see-in-history-hover = Change or delete it there
today-summary-what-you-did = What you did
# One exercise of the session saved. $name: the exercise; $level: its level (a number);
# $sets: its sets in words ("3 × 10 reps").
today-summary-exercise = { $name } (level { $level }): { $sets }
# The same, with the most pain during the exercise, 0 to 10.
today-summary-exercise-pain = { $name } (level { $level }): { $sets }, pain { $pain }
# Before the session's traffic light (a coloured badge with its word).
today-summary-light = Its traffic light:
today-summary-light-provisional = This is from the pain during the session. Tomorrow morning the app asks how it settled, and the light is final then.
today-summary-no-light = No traffic light: the session has no pain score. You can add one in History.
today-summary-light-pending = Working out its traffic light…

## The rest and hold timer, in a bar at the bottom of Today.

# A rest's length in words. $count_text is $count written as the language writes numbers.
today-timer-minutes = { $count ->
    [one] { $count_text } minute
   *[other] { $count_text } minutes
}
today-timer-seconds = { $count ->
    [one] { $count_text } second
   *[other] { $count_text } seconds
}
# A rest counting down. $length: today-timer-minutes or today-timer-seconds.
today-timer-rest-of = Rest of { $length }
# A rest after a set ended; $ended says which ("Side plank set 2 logged (30 s)").
today-timer-rest-after = { $ended }. Rest of { $length }
# A hold counting down. $name: the exercise.
today-timer-hold = { $name } hold
# Said when a countdown ends. $what: the countdown's words (today-timer-rest-of, today-timer-hold).
today-timer-finished = Time's up: { $what } finished.
# Seconds left of the countdown.
today-timer-left = { $count_text } s left
# The countdown's bar, for a screen reader. $what: the countdown's words.
today-timer-time-gone = Time gone: { $what }
today-timer-stop = Stop timer
today-timer-rest-timer = Rest timer:
# The rest lengths to choose from, short.
today-timer-choice-minutes = { $count_text } min
today-timer-choice-seconds = { $count_text } s
today-timer-start-rest-hover = Start a rest of { $length }
# A rest length's name for a screen reader.
today-timer-rest-name = Rest { $count_text } seconds
today-timer-rest-after-each-set = Start a rest after each set
today-timer-rest-after-each-set-hover = When you add a set or a hold ends, the rest timer starts by itself

## One set being entered, on Today and in History's editor. $name names the set for a
## screen reader ("Hip thrust set 2, left").

today-set-left-side = Left side
today-set-right-side = Right side
today-set-side-hover = Done on the other side? Press to change it.
today-set-side-name = { $name }: side
# The unit after the number of a set: seconds held, or repetitions.
today-set-seconds = seconds
today-set-reps = reps
# $unit: today-set-seconds or today-set-reps.
today-set-amount-name = { $name }: { $unit }
# The added weight when there is none.
today-set-body-weight = body weight
# $unit: kg or lb.
today-set-weight-hover = Weight added, in { $unit }; 0 is body weight only
today-set-weight-name = { $name }: added weight in { $unit }
today-set-band-name = { $name }: band
# The resistance band used folded double.
today-set-doubled = doubled
today-set-doubled-name = { $name }: band doubled
today-set-remove = Remove
today-set-remove-hover = Remove this set
today-set-remove-name = { $name }: remove

## The first card at the top of Today: the one thing to do now, with one large button.

# A set is the next to log. $name: the exercise; $set: its number; $sets: how many there are.
today-first-next-set = Next: { $name }, set { $set } of { $sets }
# The same for a one-sided exercise; $side: today-side-word.
today-first-next-set-side = Next: { $name }, set { $set } of { $sets } ({ $side } side)
today-first-all-filled = Every exercise is filled in.
# $count: exercises with sets filled in; $of: exercises in the programme.
today-first-filled = { $count ->
    [one] { $count } exercise
   *[other] { $count } exercises
} of { $of } filled in. Save the session at the end of the page when you have finished.
today-first-log-next-set = Log the next set
today-first-log-next-set-hover = Adds the next set like the last one; the rest timer starts if it is set to
today-first-go-to-saving = Go to saving
today-first-go-to-saving-hover = Takes you to the session's save button at the end of the page
# Under "A session is due today."; $count: the exercises in the programme.
today-first-start-hint = { $count ->
    [one] { $count } exercise
   *[other] { $count } exercises
}, one at a time with the timer. Or fill in what you did below.
today-first-rest-day = Rest day.
# $day: the weekday of the next session ("Wednesday").
today-first-rest-day-next = Rest day. Next session: { $day }.
today-first-rest-day-hint = Rest lets the muscles recover and grow stronger. A session can still be logged if you did one.
today-first-second-session = A second session today.
today-first-extra-session = This week's sessions are done: today's is an extra.
today-first-session-due = A session is due today.

## This week's card: the sessions done this week, each day marked.

today-week-title = This week
today-week-not-started = Sessions are counted from the programme's first day.
today-week-none-logged = No session logged yet this week.
# $days: the weekdays with a session, joined by today-list-and ("Monday and Wednesday").
today-week-logged-on = Logged on { $days }.
# $count: sessions a week; $days: the training days, short ("Mon, Wed, Fri").
today-week-asks = The programme asks for { $count ->
    [one] { $count } session
   *[other] { $count } sessions
} a week: { $days }.
# A weekday's short name, under its mark in this week's card and in the list of training days.
today-weekday-short = { $day ->
    [mon] Mon
    [tue] Tue
    [wed] Wed
    [thu] Thu
    [fri] Fri
    [sat] Sat
   *[sun] Sun
}

## Words shared by the Today screen.

# A list of names: $first is all but the last, joined by ", "; "A, B and C".
today-list-and = { $first } and { $last }
# The side of a one-sided exercise's set, in running text.
today-side-word = { $side ->
    [left] left
   *[right] right
}

## The Today screen: the session being entered.

# The name of the 0-10 row for the most pain during the session; its buttons are "Pain during the session: 3".
today-session-pain = Pain during the session
# In the status bar, when the form has something not saved. $parts: today-unsaved-filled and
# today-unsaved-pain-only, joined by "; ".
today-unsaved-parts = Today's session is not saved yet ({ $parts }).
today-unsaved = Today's session is not saved yet.
today-unsaved-filled = { $count ->
    [one] { $count } exercise filled in
   *[other] { $count } exercises filled in
}
today-unsaved-pain-only = a pain score but no sets for { $count ->
    [one] { $count } exercise
   *[other] { $count } exercises
}
# A hold timed in the bar ended and was logged as a set. $name: the exercise; $set: the
# set's number; $secs: the seconds held.
today-hold-logged = { $name } set { $set } logged ({ $secs } s)
# $logged: today-hold-logged.
today-hold-times-up = Time's up: { $logged }.
# At the top of Today, beside the date. $date: the programme's first day, written out.
today-header-starts-on = Your programme starts on { $date }.
# $week: the programme's week now; $decision: the week the clinician set for deciding whether it works.
today-header-week-of = Week { $week } of { $decision }.
today-header-week-past-decision = Week { $week }. The decision point was week { $decision }.

## After an injection logged in the last week: what to expect. Clinic advice; keep its meaning exactly.

# $date: the day of the injection, written out.
today-injection-title = After your injection on { $date }
today-injection-advice = Pain can flare for up to two days, rarely up to a week. Take it easy for a day or two, then build back up over the week. Contact the clinic within the first week if the area becomes swollen, red or warm, or if you have a fever or feel unwell. If you have diabetes, your blood sugar may be higher for up to a week.
# $count: injections logged in the last 12 months.
today-injection-count = Injections logged in the last 12 months: { $count }. Usually no more than 3 a year are given at one site.

## After a red session (too much): the offer of an easier dose for today.

today-ease-title = Your last session was red: too much.
# $plan: today-ease-back-one-level and today-ease-fewer, joined by "; ".
today-ease-plan = An easier dose this time may help: { $plan }.
# $names: exercises, joined by today-list-and.
today-ease-back-one-level = { $names } back one level
today-ease-fewer = { $names } with a quarter fewer reps or shorter holds
today-ease-fewer-every = every exercise with a quarter fewer reps or shorter holds
today-ease-use = Use the easier dose
today-ease-use-hover = Sets today's session up with the easier dose; you can still change any set
today-ease-done-levels = Easier dose set up. Ctrl+Z puts the levels back.
today-ease-done-filled = Easier dose filled in below. Do what you can, then log the session.
# What Ctrl+Z takes back, after "Undone: ".
today-ease-step = the easier dose
today-ease-not-this-time = Not this time

## An exercise's card. $name: the exercise's name, set by the clinician's programme.

# $level: the level now; $levels: how many levels; $name: the level's name.
today-card-level = Level { $level } of { $levels }: { $name }
today-card-level-locked = Level { $level } of { $levels }: { $name } (held at this level by your clinician)
# $dose: the dose in words ("3 sets of 8 to 12 reps").
today-card-dose-each-side = { $dose }, each side
# $cue: the level's reminder, from the programme.
today-card-remember = Remember: { $cue }
today-card-first-time = First time: start at the lower end of the dose.
# The last time the exercise was done. $date: day and month; $sets: the sets in words;
# $level: the level then, when it was another; $pain: the pain during it, 0 to 10.
today-card-last-time = Last time ({ $date }): { $sets }
today-card-last-time-pain = Last time ({ $date }): { $sets }, pain { $pain }
today-card-last-time-level = Last time ({ $date } at level { $level }): { $sets }
today-card-last-time-level-pain = Last time ({ $date } at level { $level }): { $sets }, pain { $pain }
today-card-done-as-prescribed = Done as prescribed
# The buttons' names for a screen reader, with the exercise's name.
today-card-done-as-prescribed-name = { $name }: done as prescribed
today-card-reset = Reset to prescribed
today-card-reset-name = { $name }: reset to prescribed
today-card-fill-hover = Fills in the sets you did last time at this level, or the prescription
# What Ctrl+Z takes back, after "Undone: ".
today-card-filled-step = { $name } filled in as prescribed
today-card-reset-step = { $name } reset to prescribed
today-card-add-set = Add a set
today-card-add-set-hover = Adds a set like the last one; the rest timer starts if it is set to
today-card-add-set-name = { $name }: add a set
# $secs: the hold's length in seconds.
today-card-start-hold = Start a { $secs }-second hold
today-card-start-hold-hover = Counts down the hold in the bar at the bottom and logs it as a set when it ends
today-card-start-hold-name = { $name }: start a hold
# Before a set's controls; $set: its number.
today-card-set = Set { $set }
# A set's name for a screen reader; $side: today-side-word.
today-card-set-name = { $name } set { $set }
today-card-set-name-side = { $name } set { $set }, { $side }
# What Ctrl+Z takes back, after "Undone: ".
today-card-set-removed = { $name } set { $set } removed
# Above the 0-10 row; $name: the exercise (in lower case above the row, as named for a screen reader in its buttons).
today-card-pain-during = Pain during { $name }
today-card-no-pain-score = No pain score yet: choose one (0 is no pain).
# Accepting the programme's suggestion to move up a level; $level: the new level.
today-card-move-to-level = Move to level { $level }
today-card-move-to-level-name = { $name }: move to level { $level }
today-card-not-yet = Not yet
today-card-not-yet-name = { $name }: not yet
today-card-ok = OK
today-card-ok-name = { $name }: ok

## Logging the whole session at once, and saving.

today-all-done-title = Did everything as prescribed?
today-all-done-another = Another session today
today-all-done-hint = Give the most pain you had during the session, then log it in one go. Anything you filled in below is kept as you entered it.
today-all-done = All done as prescribed
today-all-done-hover = Log today's session: every exercise at its prescribed dose (or what you did last time), except what you filled in yourself
# $names: the exercises, joined by today-list-and; $count: how many.
today-held-no-sets = { $names }: a pain score but no sets. A session keeps an exercise only with its sets: fill them in above ("Done as prescribed" fills them), or save without { $count ->
    [one] it
   *[other] them
}.
today-held-save-without-that = Save without that pain score
today-held-no-pain = No pain score for { $names }. Choose the pain during the session above (0 is no pain), or save without { $count ->
    [one] a pain score: that exercise gets
   *[other] pain scores: those exercises get
} no traffic light.
today-held-save-without = Save without a pain score
today-save-nothing = Fill in the sets of an exercise first.
today-save-effort-and-note = Effort and a note (optional)
today-save-effort-question = How hard was the session overall? (0 = rest, 10 = as hard as you could go)
# The name of the 0-10 row for effort.
today-save-effort = Session effort
today-save-note = Note
today-save-note-name = Session note
today-save = Save session
# $count: the exercises filled in.
today-save-count = Save session ({ $count ->
    [one] { $count } exercise
   *[other] { $count } exercises
})
today-save-some-hint = Did only some exercises? Fill them in above, and save them here.

## The guided session: one exercise at a time, in large type, read from a mat across the room.

# $set: the set to do now; $sets: how many sets the exercise has.
today-guided-set = Set { $set } of { $sets }
# $name: the exercise.
today-guided-name-and-set = { $name }, set { $set } of { $sets }
# Flashed when a rest ends.
today-guided-rest-over = Rest over.
# $next: today-guided-name-and-set.
today-guided-rest-over-next = Rest over. Next: { $next }.
today-guided-hold-over = Hold over: set done.
today-guided-pain-first = Choose the pain during the session first (0 is no pain).
today-guided-set-done = Set done
# The hover of the buttons says their key.
today-guided-set-done-hover = Set done (Space)
today-guided-skip-rest = Skip rest
today-guided-skip-rest-hover = Skip rest (Space)
today-guided-time-hold = Time the hold
today-guided-easier = Easier
today-guided-easier-hover = The sets left of this exercise a quarter shorter: fewer reps or a shorter hold
today-guided-skip-exercise = Skip exercise
today-guided-back = Back
today-guided-back-hover = Back to the exercise before
today-guided-end = End session
today-guided-end-hover = End the guided session (Escape); you are asked before anything you did is dropped
# Seconds, very large: the time left of a hold or a rest. $secs: the number, written as the language writes numbers.
today-guided-seconds = { $secs } s
# A hold to do; $secs: its seconds.
today-guided-hold-secs = Hold { $secs } s
# Repetitions to do, very large.
today-guided-reps = { $count ->
    [one] { $count_text } rep
   *[other] { $count_text } reps
}
today-guided-left-side = Left side
today-guided-right-side = Right side
today-guided-easier-dose = Easier dose
today-guided-rest = Rest
# The rest's bar, for a screen reader.
today-guided-rest-time-gone = Time gone: rest
# $next: today-guided-name-and-set.
today-guided-next = Next: { $next }
today-guided-session-done = Session done
# $exercises: exercises done; $sets: sets done.
today-guided-done-counts = { $exercises ->
    [one] { $exercises } exercise
   *[other] { $exercises } exercises
} and { $sets ->
    [one] { $sets } set
   *[other] { $sets } sets
}.
today-guided-pain-question = The most pain you had during the session:
# $count: the sets done in this guided session.
today-guided-end-question = End the session? You have done { $count ->
    [one] { $count } set
   *[other] { $count } sets
}.
today-guided-end-hint = Save what you did, or discard the sets done in this session.
today-guided-keep-going = Keep going
today-guided-save-what-i-did = Save what I did
today-guided-discard = Discard
today-guided-discard-hover = Drop the sets done in this session
