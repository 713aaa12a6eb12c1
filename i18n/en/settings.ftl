### Settings, setup, about, export, import, warning signs, next morning.
### Every id here starts with "settings-". English.

## Voice: the patient, addressed as "you".

# The language choice's label.
settings-language = Language
# The choice that follows the desktop's language.
settings-language-follow = Follow the desktop’s language
# Below the choice.
settings-language-hint = The words change at once. Reports for your physiotherapist are written in their language.

## The Settings window.

settings-title = Settings
settings-reminders = Reminders
settings-reminders-intro = The app can remind you with a message on your screen, even when it is closed. Each reminder is off until you switch it on.
settings-remind-training = Remind me on training days
# The training reminder's name, in its time's tooltip and its buttons' spoken names.
settings-training-reminder = Training reminder
settings-remind-diary = Remind me in the evening to write my diary
settings-diary-reminder = Diary reminder
# Above the sentences saying when the reminders will come.
settings-what-will-happen = What will happen
settings-sample-no-reminders = This is the sample journal: saving here sets up no reminders on this computer.
settings-save-reminders = Save reminders
settings-put-back = Put back as saved
settings-not-saved-yet = Not saved yet
settings-setting-up-reminders = Setting up the reminders…
# $reason is what the system said went wrong.
settings-reminders-not-set-up = Your choice is saved, but the reminders could not be set up: { $reason }.
# Folds away what the system said when the reminders could not be set up.
settings-details = Details
# Before a reminder's time: "at 18:00".
settings-reminder-at = at
# The tooltip on a reminder's time; $reminder is settings-training-reminder or settings-diary-reminder.
settings-reminder-time = { $reminder } time
# The buttons that move a reminder's time, and (-name) what a screen reader says for them.
settings-hour-earlier = − 1 hour
settings-hour-earlier-name = 1 hour earlier
settings-quarter-earlier = − 15 min
settings-quarter-earlier-name = 15 minutes earlier
settings-quarter-later = + 15 min
settings-quarter-later-name = 15 minutes later
settings-hour-later = + 1 hour
settings-hour-later-name = 1 hour later
# A time button's spoken name; $reminder is the reminder's name, $step one of the -name words above.
settings-step-name = { $reminder }: { $step }
settings-sound = Sound
settings-sound-play = Play a sound when a rest or a hold ends
settings-sound-hint = A short chime, so you hear the end of a rest without looking at the screen. It plays at your computer's volume; changes at once.
settings-colours = Colours
settings-colours-hint = Changes at once. "Follow the desktop" uses the light or dark setting of your computer.
settings-exercise-pictures = Exercise pictures
# The colour choices.
settings-colours-follow = Follow the desktop
settings-colours-light = Light
settings-colours-dark = Dark

## What the app is and is not (first run and Help). Keep the meaning exactly: the app never
## decides on a treatment.

settings-what-it-is = This app is a diary and a plan. It holds the exercise programme your physiotherapist set, helps you log your sessions and your pain, and shows you and your clinician how things are going against the numbers they chose.
settings-what-it-is-not = It is not a diagnosis and it does not replace care. It never decides on a treatment for you: when the plan says it is time to talk about next steps, it tells you what your log shows so you can discuss it with your clinician.

## The Help and about window.

settings-about-title = Help and about
# $version is the app's version number.
settings-version = Version { $version }
settings-your-data = Your data
settings-data-stays = Everything stays on this computer. Nothing is sent anywhere.
settings-sample-journal = This window shows a generated sample journal in a temporary folder; it is deleted when the app closes.
# $folder is the folder holding the patient's data.
settings-data-folder = Data folder: { $folder }
settings-keyboard = Keyboard
# $keys is the key that opens Today (Ctrl+1). "All done as prescribed" is the name of the button on Today.
settings-keyboard-session = A whole session by keyboard: open Today ({ $keys }), type the most pain you had during the session (a number from 0 to 10), press Enter to move to "All done as prescribed", and Enter again to log it.
# The keys of the controls in Help's list of keys, and (-does) what each does.
settings-key-tab = Tab / Shift+Tab
settings-key-tab-does = Move between controls
settings-key-space = Space or Enter
settings-key-space-does = Press the button that has the focus
settings-key-digits = 0 to 9
settings-key-digits-does = On a pain row: choose that number (1 then 0 for ten)
settings-key-arrows = Arrow keys
settings-key-arrows-does = Change a number that has the focus
settings-key-enter = Enter
settings-key-enter-does = On a pain row: move on to the next control

## The first-run set-up.

settings-setup-welcome = Welcome
settings-setup-three-questions = Three questions to set up your plan
settings-setup-which-side = Which side hurts?
settings-setup-left = Left
settings-setup-right = Right
settings-setup-both = Both sides
settings-setup-no-side = Please choose which side hurts.
settings-setup-start-question = Which day did your programme start? Today, if you start today.
settings-setup-start-date = Programme start date
settings-setup-baseline-hint = Your diary in the first week sets your starting pain: later weeks are compared with it.
# The question before the choice of kilograms or pounds.
settings-setup-units = Weights in
settings-setup-kg = Kilograms (kg)
settings-setup-lb = Pounds (lb)
settings-setup-start = Start my programme
settings-setup-start-in-future = The start date can't be later than today.

## Shared words.

# The greeting at the top of the diary, by the time of day; "hello" in the small hours.
settings-greeting-morning = Good morning
settings-greeting-afternoon = Good afternoon
settings-greeting-evening = Good evening
settings-greeting-hello = Hello

## Opening the data, saving, background work and files.

# $folder is the data folder another copy of the app has open.
settings-another-copy-open = Another copy of rehab-tracker is open on the data folder { $folder }. This window shows your entries but will not save; close the other copy, then close this window and open the app again to log here.
# $error is why the data folder could not be locked, as a sentence.
settings-lock-failed = { $error } This window shows your entries but cannot save.
# Shown after "Not saved yet:"; starts in lower case.
settings-saving-stopped = saving stopped working; close the app and open it again
# $folder is the folder an export was written to.
settings-no-file-manager = This computer has no file manager set up to open the folder { $folder }. The export is saved there: open that folder from your file manager, or attach the file from there when you email your physiotherapist.
# $file is the exported file.
settings-no-program = This computer has no program set up to open { $file }. The export is saved there: open it from your file manager, or send it to your physiotherapist as it is.
# Work done in the background, named in settings-task-could-not-start and settings-task-stopped.
settings-task-reading = reading your diary
settings-task-progress = working out your progress
settings-task-reminders = setting up the reminders
settings-file-task-dialog = the file dialog
# $what is the work (settings-task-reading…), $error what the system said.
settings-task-could-not-start = Could not start { $what }: { $error }.
# $what is the work, with a capital first letter.
settings-task-stopped = { $what } stopped unexpectedly.
# The button beside a path field, and its tooltip.
settings-file-choose = Choose…
settings-file-choose-tooltip = Open this computer's file dialog
settings-file-no-dialog = No file dialog is available here: type the path instead.

## The report's preview in the Export window (the report as the physiotherapist will read it).


## The window for a programme from the clinician.

settings-import-title = Programme from your clinician
# The title of the computer's file dialog.
settings-import-dialog-title = Open the programme from your clinician
settings-import-intro = Your clinician can send you an adjusted programme as a file. Open it here to see what it changes; nothing changes unless you take it up.
settings-import-file = Programme file
# The path field's name for a screen reader.
settings-import-file-name = Programme file to open
settings-import-open = Open
settings-import-taken-up = Your programme was changed. You can undo this with Ctrl+Z.
settings-import-declined = Declined: your programme is unchanged.
settings-import-no-path = Give the programme file's name, or choose it.
settings-import-task-reading = reading the file
# $file is the file's path, $error why it could not be read.
settings-import-unreadable = { $file } could not be read: { $error }
# $programme is the programme's name (as the clinician wrote it), $date the day the file was saved.
settings-import-offer = "{ $programme }", saved by your clinician on { $date }
# $patient is the patient code the file was made for.
settings-import-other-patient = This file was made for patient { $patient }, not for you. Check with your clinician before taking it up.
settings-import-confirm-for-me = My clinician told me this programme is for me
# $note is the clinician's note, in their words.
settings-import-note = Note from your clinician: { $note }
settings-import-same = It is the same as the programme you have now: there is nothing to take up.
settings-import-changes = What it changes:
settings-import-applies-from-today = If you take it up, it applies from today. Your earlier days are still judged by the programme you had then.
settings-import-take-up = Take up this programme
settings-import-nothing-to-take-up = Nothing to take up
settings-import-tick-first = First tick that your clinician told you this programme is for you
settings-import-decline = Decline
settings-import-decline-tooltip = Keep your programme as it is
# $clinician is the name in the signature.
settings-import-signed-by = Signed by { $clinician }.
settings-import-will-pin = If you take it up, the app remembers { $clinician } as your clinician: later programmes must be signed by them, and your exports can be locked so only they can open them.
settings-import-signed-same = Signed by { $clinician }, your clinician: the signature matches.
# A warning: the programme is signed with another key than the clinician's the app knows.
settings-import-other-clinician-title = Not from your usual clinician
# $signer is the name in this file's signature, $pinned the clinician the app knows.
settings-import-other-clinician = This programme is signed by "{ $signer }", with a different key from { $pinned }, the clinician whose programmes you took up before. It may not come from your clinician. Check with { $pinned } before you take it up.
settings-import-confirm-other = I have checked: take it up, and make { $signer } my clinician
settings-import-unsigned-title = This programme is not signed
settings-import-unsigned-pinned = Programmes from { $pinned } are signed, and this one is not, so the app cannot tell who wrote it. Check with { $pinned } before you take it up.
settings-import-confirm-unsigned = I have checked with my clinician: take it up anyway
settings-import-unsigned = This programme is not signed, so the app cannot tell who wrote it.

## The warning signs window. Translate with care: same meaning, same urgency, no softening
## and no added advice.

settings-warning-intro = If you have any of these now, tick them and press Record: the app saves them in your diary so your clinician sees them, and shows what to do.
settings-warning-record = Record what I ticked
settings-warning-saved = What you ticked has been saved in your diary, so your clinician can see it:
# One warning sign that was recorded, in a list; $sign is the sign in words.
settings-warning-bullet = •  { $sign }
settings-warning-back = Back to the list
settings-warning-after-injection = After a steroid injection
settings-warning-after-injection-text = Pain can flare for up to two days, rarely up to a week. Take it easy for a day or two, then build back up over the week. Contact the clinic within the first week if the area becomes swollen, red or warm, or if you have a fever or feel unwell. If you have diabetes, your blood sugar may be higher for up to a week.

## The next-morning question, the day after a session.

settings-morning-title = How did yesterday's session settle?
settings-morning-question = You did your exercises yesterday. How much pain did you have when you got up this morning?
settings-morning-hint = This tells the app whether yesterday's session settled overnight.
# The pain scale's name (0 to 10).
settings-morning-pain = Pain this morning
settings-morning-save = Save morning pain
settings-morning-not-now = Not now

## The Export window.

settings-export-title = Export for your physiotherapist
# The title of the computer's save dialog.
settings-export-save-title = Save the export
settings-export-intro = Choose what to send. Everything is written to a file on this computer; nothing is sent anywhere.
settings-export-pseudonymise = Leave out my name and my notes (use a code instead)
# $clinician is the clinician's name, as their signed programme gives it.
settings-export-lock = Lock it so only { $clinician } can open it
settings-export-lock-tooltip = Encrypted for your clinician's key: if the file is lost or sent to the wrong person, nobody else can read it.
settings-export-lock-later = Once you take up a programme your clinician signed, exports can be locked so only they can open them.
# "From [date] to [date]": the first and last day exported, typed as year-month-day.
settings-export-from = From
settings-export-from-hint = the start
settings-export-from-name = Export from date
settings-export-to = to
settings-export-to-hint = today
settings-export-to-name = Export to date
# $text is what was typed. The example date stays as it is: dates are typed year-month-day.
settings-export-not-a-date = '{ $text }' is not a date: write it as year-month-day, such as 2026-11-24.
settings-export-reversed = The first day is after the last day.
# Above the path field: one file, a folder for one kind, a folder for several.
settings-export-file = File to write
settings-export-folder = Folder to write into
settings-export-folder-several = Folder to write into (each export under its usual name)
# The path field's name for a screen reader.
settings-export-path = Export path
settings-export-button = Export
# The progress bar's words while exporting.
settings-export-gathering = Gathering your entries…
settings-export-writing = Writing…
settings-export-saving = Saving the file…
settings-export-open-file = Open the file
settings-export-open-file-tooltip = With the program your computer uses for this kind of file
settings-export-open-folder = Open the folder
# $path is the file or folder.
settings-export-opened-file = Asked your computer to open the file: { $path }.
settings-export-opened-folder = Asked your computer to open the folder: { $path }.
settings-export-opening = Opening…
settings-export-show-preview = Show the report's preview
settings-export-preparing-preview = Preparing the preview…
# $error says why there is no preview.
settings-export-no-preview = No preview: { $error }
# $error says why the clinician's key cannot be used.
settings-export-bad-key = Your clinician's key cannot be used ({ $error }). Untick the lock to export without it.
settings-export-no-path = Give the name of the file to write.
settings-export-none-ticked = Tick at least one kind of export.
# Work done in the background, named in settings-task-could-not-start and settings-task-stopped.
settings-export-task-preview = the preview
settings-export-task-export = the export
settings-export-task-open = opening the export
# $folder is the folder, $error why it could not be made.
settings-export-no-folder = Could not make the folder { $folder }: { $error }
# One file written: $path its path, $bytes_text its size in bytes.
settings-export-saved-file = { $bytes ->
    [one] { $path } ({ $bytes_text } byte)
   *[other] { $path } ({ $bytes_text } bytes)
}
# $error is why the export failed.
settings-export-failed = Could not export: { $error }
# $saved lists the files written before the failure (settings-export-saved-file, joined by commas).
settings-export-failed-after = Could not export everything (saved { $saved } first): { $error }
# $saved lists the files written.
settings-export-saved = Saved { $saved }.
# $clinician is the one who can open the files.
settings-export-saved-locked = Saved { $saved }. Locked: only { $clinician } can open it.
