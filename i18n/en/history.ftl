### The History tab.
### Every id here starts with "history-". English.


## Voice: the patient, addressed as "you".

history-title = History
# $count: months of the diary still being read from disk.
history-still-reading = Older entries are still being read ({ $count ->
    [one] { $count } month
   *[other] { $count } months
} to go)…
# Under the heading: how many entries of each kind.
history-counts = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { $diary ->
    [one] { $diary } diary entry
   *[other] { $diary } diary entries
}, { $events ->
    [one] { $events } event
   *[other] { $events } events
}. Newest first.
# A programme the clinician sent, in force from $date (written out); $name: its name; $count: sessions a week.
history-programme-from = From { $date }: programme from the clinician, "{ $name }" ({ $count ->
    [one] { $count } session
   *[other] { $count } sessions
} a week).
# Before the filters.
history-show = Show:
history-filter-everything = Everything
history-filter-sessions = Sessions
history-filter-diary = Diary
history-filter-events = Events
history-filter-scores = Activity scores
history-empty = Nothing logged yet. Your sessions and diary entries will appear here.
history-go-to = Go to:
# The month list's text before a month is picked.
history-go-to-month-choice = a month…
# The month list's name for a screen reader.
history-go-to-month = Go to a month
history-go-to-day = Go to day
# The keys Home and End.
history-home-end = Home: newest, End: oldest
# When an entry was made, at the start of its row. $weekday: short ("Mon"); $day_month: "23 Nov";
# $year: "2026"; $time: "18:05".
history-row-when = { $weekday } { $day_month } { $year } { $time }
history-edit = Edit
history-delete = Delete
# The buttons' names for a screen reader; $when: history-row-when.
history-edit-name = Edit { $when }
history-delete-name = Delete { $when }
# In the status bar; $entry: what the entry is ("session of Monday 23 November").
history-unsaved = The change to the { $entry } is not saved yet.

## A row's summary.

# $names: one or two exercises, joined by "and"; $sets: the sets.
history-session-names = Session: { $names }, { $sets ->
    [one] { $sets } set
   *[other] { $sets } sets
}
# $count: exercises.
history-session-count = Session: { $count } exercises, { $sets ->
    [one] { $sets } set
   *[other] { $sets } sets
}
# The most pain during the session, 0 to 10.
history-session-pain-during = pain during up to { $pain }
history-session-next-morning = next morning { $pain }
# Pain scores 0 to 10.
history-diary = Diary: pain now { $pain_now }, worst in 24 h { $worst }
history-diary-sitting = sitting { $mins } min
# After "Injection, "; $side: today-side-word.
history-event-side = { $side } side
# After "Warning signs"; $count: how many signs.
history-event-signs = recorded: { $count }
# After "Level change: "; $name: the exercise.
history-event-level = { $name }, level { $from } to { $to }
# $scores: each activity and its score, "Sitting 4, Walking 6".
history-scores = Activity scores: { $scores }

## The window that edits an entry.

history-editor-title = Edit entry
history-editor-save = Save changes
history-editor-cancel = Cancel
history-editor-not-saved = Your changes to this entry are not saved.
history-editor-discard = Discard the changes
history-editor-keep-editing = Keep editing
history-editor-changed = Changed, not saved yet.
history-editor-date = Date
history-editor-date-name = Entry date
history-editor-date-too-late = The date can't be later than tomorrow.
history-editor-pain-now = Pain now
# The 0-10 rows' names for a screen reader.
history-editor-pain-now-name = Edit pain now
history-editor-worst-pain = Worst pain in the last 24 hours
history-editor-worst-pain-name = Edit worst pain
history-editor-sitting = Sitting time
# After the number of minutes sitting.
history-editor-minutes = minutes
history-editor-sitting-name = Edit sitting time in minutes
history-editor-note-name = Edit note
# $activity: an activity the patient chose to score.
history-editor-score-name = Edit score for { $activity }
history-editor-next-morning = Pain the next morning
history-editor-clear = Clear
history-editor-next-morning-name = Edit next-morning pain
# $name: the exercise; $level: its level.
history-editor-exercise = { $name } (level { $level })
# A set's label; $side: today-side-word.
history-editor-set = Set { $set }
history-editor-set-side = Set { $set }, { $side }
# A set's name for a screen reader.
history-editor-set-name = Edit { $name } set { $set }
history-editor-set-name-side = Edit { $name } set { $set }, { $side }
history-editor-pain-during-name = Edit pain during { $name }
history-editor-choose-pain-now = Please choose the pain now.
history-editor-choose-worst-pain = Please choose the worst pain.
history-editor-score-every-activity = Please score every activity.
