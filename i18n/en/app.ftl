### The window's shell: title, top bar, tabs and shared buttons.
### Every id here starts with "app-". English.


## Voice: the patient, addressed as "you".

# The app's name, at the left of the top bar (a name: keep it as it is).
app-title = Rehab tracker
# Beside the title when the app shows generated sample data (--demo).
app-sample-data = Sample data
app-sample-data-tooltip = A generated journal in a temporary folder. Your own data is not touched.
# The window's name for a screen reader; $screen is the screen shown (a tab's name, or one of
# the app-window-* words below).
app-window-name = Rehab tracker: { $screen }
app-window-review = review
app-window-setup = set-up
app-window-guided = guided session

## The command table: the words on each control of the top bar, the status bar and Today,
## and (-tooltip) what it does, shown on hover and in Help's list of keys.

app-command-today = Today
app-command-today-tooltip = Today: log today's session
app-command-diary = Diary
app-command-diary-tooltip = Diary: your pain and your day, once a day
app-command-history = History
app-command-history-tooltip = History: every entry, newest first
app-command-progress = Progress
app-command-progress-tooltip = Progress: where you stand against your plan
# Shown instead of the tabs while a clinician reviews patients' exports.
app-command-close-review = Close review
app-command-close-review-tooltip = Back to your own diary
app-command-warning-signs = Warning signs
app-command-warning-signs-tooltip = When to get help quickly
app-command-help = Help
app-command-help-tooltip = Help: what this app is, where your data is kept, keyboard shortcuts
app-command-settings = Settings
app-command-settings-tooltip = Reminders for your training days and your diary; light or dark colours
app-command-export = Export…
app-command-export-tooltip = Write a report or your data for your physiotherapist
app-command-import-programme = Programme from your clinician…
app-command-import-programme-tooltip = Open a programme file your clinician saved for you
app-command-open-review = Open for review…
app-command-open-review-tooltip = For clinicians: open patients' exports, read-only
app-command-dark-theme = Dark theme
app-command-dark-theme-tooltip = Switch to dark colours
app-command-light-theme = Light theme
app-command-light-theme-tooltip = Switch to light colours
app-command-undo = Undo
app-command-undo-tooltip = Take back the last change
app-command-redo = Redo
app-command-redo-tooltip = Do again what was undone
app-command-start-session = Start the session
app-command-start-session-tooltip = Guides today's session one exercise at a time, in large type to read from the mat
# Escape: closes the window shown over the app (Export, Settings, Help…).
app-command-close-window = Close
app-command-close-window-tooltip = Close the window over the app
app-command-zoom-in = Larger text
app-command-zoom-in-tooltip = Larger text
app-command-zoom-out = Smaller text
app-command-zoom-out-tooltip = Smaller text
app-command-zoom-reset = Normal text size
app-command-zoom-reset-tooltip = Text back to its normal size

# Two or more keys for one command: $keys is the keys so far, $key the next ("Ctrl+Y or Ctrl+Shift+Z").
app-keys-or = { $keys } or { $key }
# A tooltip with the command's keys after it: $what is what it does, $keys its keys ("Take back the last change (Ctrl+Z)").
app-with-keys = { $what } ({ $keys })

## The top bar.

# The top bar's menu of what a clinician gave or does.
app-menu-clinician = Clinician
# The top bar's menu of the buttons that do not fit in a narrow window.
app-more = More
app-more-tooltip = Help, export, settings, the clinician's menu and colours

## The status bar.

# A change the record refused; $reason says why.
app-not-saved = Not saved: { $reason }
# Undo's tooltip; $what is what it takes back, in a few words ("the diary entry").
app-undo-what = Take back { $what }
app-undo-last = Take back the last change
# Redo's tooltip; $what is what it does again.
app-redo-what = Do again { $what }
app-redo-last = Do again what was undone
app-all-saved = All entries saved
app-saving = Saving…
# $error says what went wrong with the disk.
app-not-saved-yet = Not saved yet: { $error }. Your entries are kept while the app is open, and it will try again.
app-try-again = Try again now
app-read-only-status = Read-only: nothing is being saved
# After a button on Today changed the form; $what is the change in a few words.
app-done = Done: { $what }.
# $done is the app-done sentence; $reason why the record refused the change.
app-done-not-saved = { $done } Not saved: { $reason }
app-nothing-to-undo = Nothing to undo.
app-nothing-to-redo = Nothing to redo.
# $what is the change to the form taken back.
app-undone = Undone: { $what }.
app-done-again = Done again: { $what }.

## Banners and dialogs.

# Closing the window with a form filled in and not saved.
app-close-title = Close the app?
# $unsaved is what is filled in and not saved, as a sentence.
app-close-lost = { $unsaved } It is lost if the app closes now.
app-close-go-back = Go back to it
app-close-without = Close without it
# $error is the disk's reason.
app-could-not-start-saving = The app could not start saving: { $error }
app-part-unreadable = Part of your diary could not be read ({ $error }). Nothing will be saved until the app is opened again.
app-repaired-title = A damaged file was repaired
app-got-it = Got it
app-read-only-title = The app is open read-only
# $folder is the folder the data is in.
app-read-only-body = Nothing will be saved until this is sorted out, and no file has been changed or deleted. Your data is in the folder { $folder }. Close the app, sort out what is said above (or show this message to your physiotherapist or whoever helps you with your computer), then open the app again.
# While the diary is read at start; $count_text is the number of months left.
app-opening-months = { $count ->
    [one] Opening your diary: { $count_text } more month to read…
   *[other] Opening your diary: { $count_text } more months to read…
}
app-working-out-progress = Working out your progress…

## Shared controls: the 0-to-10 scales, the session's light, the pictures.

# A 0-10 scale's name for a screen reader; $name is what it measures ("Pain this morning").
app-scale-name = { $name } (0 to 10)
# What a screen reader says about a 0-10 scale, once a value is chosen and before.
app-scale-keys = A number key sets it, the arrow keys move it, Enter goes on.
app-scale-keys-not-given = Not given yet. A number key sets it, the arrow keys move it, Enter goes on.
# One segment of a 0-10 scale for a screen reader; $value is its number.
app-scale-segment = { $name }: { $value }
# The scale's ends, written beside it; $low and $high are the words below.
app-scale-low = 0 = { $low }
app-scale-high = 10 = { $high }
app-pain-low = no pain
app-pain-high = worst pain imaginable
# The ends of an ability score (how well the patient can do an activity).
app-score-low = unable to do it
app-score-high = as well as before the problem
# A session's light until the next-morning pain is in; $light is its word (Green…).
app-light-provisional = { $light } (provisional)
# $light is the light's word, $meaning what it means.
app-light-tooltip = { $light }: { $meaning }
app-pictures-still = Keep the exercise pictures still
app-pictures-still-tooltip = Show the start and end positions without movement

## Key names in keyboard shortcuts ("Ctrl+Shift+Z"), as the keyboard of this language labels them.

app-key-ctrl = Ctrl
app-key-alt = Alt
app-key-shift = Shift
app-key-plus = Plus
app-key-minus = Minus
app-key-equals = Equals
app-key-escape = Escape
