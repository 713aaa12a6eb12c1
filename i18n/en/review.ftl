### The clinician's review window, programme editor and keys.
### Every id here starts with "review-". English.

## Voice: the clinician, addressed as "you"; clinical and concise.

## The window

# The review window's name, as the desktop and screen readers announce it.
review-window-name = Rehab tracker: review

## The caseload (the first screen)

review-caseload-heading = Review patients' exports
review-caseload-intro = Open a folder of export bundles (or several files, one per line). They are only read: nothing is written into them.
# The title of the dialog that chooses the folder of exports.
review-caseload-picker-title = Choose a folder of exports
# The name of the field holding the paths to open.
review-caseload-path = Bundles or folder to review
review-open = Open for review
review-open-nothing = Give a folder or a file to open.
# Stops reading the files.
review-stop = Stop
# Names the job of reading the files in messages such as "Could not start reading the files".
review-task-reading = reading the files
# On the progress bar. $done_text, $total_text: files read so far and in all, formatted; $total: the raw count.
review-load-progress = { $total ->
    [one] Read { $done_text } of { $total_text } file
   *[other] Read { $done_text } of { $total_text } files
}
# When reading was stopped early. $done_text, $total_text: files read and in all, formatted; $total: the raw count.
review-load-stopped = { $total ->
    [one] Stopped: { $done_text } of { $total_text } file was read; open the folder again to read it.
   *[other] Stopped: { $done_text } of { $total_text } files were read; open the folder again to read them all.
}
# $error: why the identity file could not be read.
review-identity-unusable = Your identity file could not be used, so encrypted exports were not opened: { $error }.
# Above the table. $patients, $attention: raw counts; $patients_text, $attention_text: the same, formatted.
review-caseload-summary = { $patients ->
    [one] { $patients_text } patient
   *[other] { $patients_text } patients
}; { $attention ->
    [one] { $attention_text } needs attention
   *[other] { $attention_text } need attention
} (warning signs, worse pain, a diary gone quiet, or a decision due).
# The label before the filter field.
review-find = Find
# The hint inside the empty filter field.
review-find-hint = patient code, status or file
# The filter field's name for screen readers.
review-find-name = Filter patients
review-only-attention = Only those needing attention

## Files that could not be opened

# $count: how many files; $count_text: the same, formatted.
review-failures = { $count ->
    [one] { $count_text } file could not be opened. The others are listed below; ask this patient for a new export.
   *[other] { $count_text } files could not be opened. The others are listed below; ask these patients for a new export.
}
# One file that could not be opened. $file: its name; $reason: why.
review-failure = { $file }: { $reason }.
# As review-failure, for an encrypted file that needs the clinician's identity file.
review-failure-needs-identity = { $file }: { $reason }. Choose your identity file under Your keys.
# Opens the full path and the technical details of a file that could not be opened.
review-failure-details = Details

## The caseload's table

review-column-patient = Patient
review-column-week = Week
review-column-status = Status
review-column-adherence = Adherence
review-column-improvement = Improvement
review-column-last-entry = Last entry
review-column-warning-signs = Warning signs
review-column-file = File
# A column heading the table is sorted by, smallest first. $name: the column's heading.
review-column-sorted = { $name } (sorted)
# A column heading the table is sorted by, largest first. $name: the column's heading.
review-column-reversed = { $name } (reversed)
review-column-sort-hint = Sort by this column; again to reverse
# The heading's name for screen readers. $name: the column's heading.
review-column-sort-name = Sort by { $name }
review-open-patient-hint = Open this patient
# The patient code's name for screen readers. $code: the patient's code.
review-open-patient-name = Open patient { $code }
# In the Adherence column when no session was due yet.
review-adherence-none-due = none due
review-improvement-hint = Points of worst pain better than at the start; above zero is better
# On hover over a diary gone quiet. $days: raw number of days; $days_text: formatted; $date: the day of the export; $quiet_text: the programme's threshold in days, formatted.
review-quiet-hint = { $days ->
    [one] Nothing logged for { $days_text } day up to { $date }; the programme counts { $quiet_text } as gone quiet
   *[other] Nothing logged for { $days_text } days up to { $date }; the programme counts { $quiet_text } as gone quiet
}
# In the Warning signs column when the patient logged none.
review-warning-signs-none = none

## One patient

review-back = Back to all patients
# $code: the patient's code.
review-patient-heading = Patient { $code }
# Beside the heading. $date: the day the export was made.
review-patient-as-of = as of { $date } · read-only
review-opening = Opening…
# Names the job of opening a patient's file in messages.
review-task-opening = opening
# $reason: why, e.g. review-file-changed.
review-open-failed = This file could not be opened: { $reason }
# A reason in review-open-failed.
review-file-changed = the file changed since the list was read; open the folder again
review-tab-progress = Progress
review-tab-history = History
review-tab-report = Report
review-tab-programme = Adjust programme
# $error: why the report could not be made.
review-no-report = No report: { $error }

## Saving the patient's report

review-report-save-hint = Save it as a web page to print or file:
# The title of the dialog that chooses where the report goes.
review-report-picker-title = Save the report
# The name of the report's path field.
review-report-path = Report file path
review-report-save = Save report
# Names the job in messages such as "Could not start saving the report".
review-task-saving-report = saving the report
# $path: the file written.
review-report-saved = Saved { $path }.
# $error: why.
review-report-not-saved = Could not save the report: { $error }
# When the path field is empty.
review-file-name-missing = Give the name of the file to write.

## The programme editor

# The title of the dialog that chooses where the programme file goes.
review-editor-picker-title = Save the programme file
review-editor-intro = Changes here are not sent anywhere: they go into a programme file you save and give to the patient, who sees each change and takes it up or not.
# A field's visible label, before the field. $label: the field's name.
review-field-label = { $label }:
review-editor-plan = Plan
review-editor-name = Programme name
review-editor-sessions = Sessions a week
review-editor-days = Training days
review-editor-exercises = Exercises
# The exercise table's column headings.
review-editor-column-exercise = Exercise
review-editor-column-on = On
review-editor-column-level = Level
review-editor-column-held = Held
review-editor-column-sets = Sets
review-editor-column-each-set = Each set
review-editor-on-hint = Part of the plan
# Screen reader names of an exercise's fields. $name: the exercise.
review-editor-on-name = { $name } on
review-editor-level-name = { $name } level
review-editor-held-name = { $name } held at its level
review-editor-fewest-sets-name = { $name } fewest sets
review-editor-most-sets-name = { $name } most sets
review-editor-fewest-reps-name = { $name } fewest reps
review-editor-most-reps-name = { $name } most reps
review-editor-fewest-seconds-name = { $name } fewest seconds
review-editor-most-seconds-name = { $name } most seconds
# A level in the level choice. $number: the level's number, formatted; $name: the level's name.
review-editor-level = { $number }: { $name }
review-editor-held-hint = Held at this level: no moving up is offered
review-editor-fewest-sets = Fewest sets
review-editor-most-sets = Most sets
# Between the two ends of a range ("2 to 3").
review-editor-to = to
review-editor-reps = reps
review-editor-seconds = seconds
review-editor-bands = Pain during and after exercise (traffic light)
review-editor-safe-max = Highest pain during exercise that is green
review-editor-acceptable-max = Highest pain during exercise that is amber
review-editor-morning-amber = Rise in next-morning pain that is amber
review-editor-morning-red = Rise in next-morning pain that is red
review-editor-usual-morning-days = Days of mornings that make the usual morning pain
review-editor-usual-morning-min = Fewest morning scores for a usual morning pain
review-editor-rule = Escalation rule
review-editor-baseline-days = Days the starting pain is taken from
review-editor-baseline-min = Fewest diary entries for a starting pain
review-editor-current-days = Days the current pain is taken from
review-editor-current-min = Fewest diary entries for a current pain
review-editor-checkin-week = Check-in week
review-editor-decision-week = Decision week
review-editor-important-points = Important improvement, points
review-editor-important-pct = Important improvement, % of the start
review-editor-adherence-min = Fewest sessions done for a fair trial, %
review-editor-psfs-important = Important PSFS gain, points
review-editor-worsening-points = Pain above the start that counts as worse, points
review-editor-worsening-weeks = Weeks running of worse pain
review-editor-quiet-days = Days without an entry before the diary counts as gone quiet
# A problem that stops the programme being saved, under its field. $problem: what is wrong.
review-editor-problem = Cannot be saved: { $problem }.
review-editor-preview = What the patient will see
review-editor-no-changes = No changes yet.
# One change in the list. $change: the change, as the patient will read it.
review-editor-change = - { $change }
# $days: raw number of training days; $days_text: formatted; $sessions_text: sessions a week, formatted.
review-editor-days-mismatch = { $days ->
    [one] Note: { $days_text } training day for { $sessions_text } sessions a week.
   *[other] Note: { $days_text } training days for { $sessions_text } sessions a week.
}
# $count: raw number of problems; $count_text: formatted.
review-editor-cannot-save = { $count ->
    [one] Cannot be saved yet: one thing to put right, each shown at its field.
   *[other] Cannot be saved yet: { $count_text } things to put right, each shown at its field.
}
review-editor-note = A note for the patient
review-editor-note-name = Note for the patient
review-editor-file = Programme file to write
review-editor-file-name = Programme file path
# $folder: the folder holding the clinician's signing key.
review-editor-signed = Signed with your key in { $folder }, so the patient's app can tell it is from you.
review-editor-unsigned = Not signed: choose your identity file under Your keys on the first screen, so the patient's app can tell the file is from you.
review-editor-save = Save programme file
review-editor-save-sheet = Save programme sheet to print
review-editor-save-sheet-hint = A web page beside the programme file: each exercise's picture, level, dose and cues, on one A4 page
# Names the job in messages such as "Could not start saving the programme sheet".
review-task-saving-sheet = saving the programme sheet
# $path: the file written.
review-editor-sheet-saved = Saved { $path }: open it in a browser to print it.
# Names the job in messages such as "Could not start saving".
review-task-saving = saving
# $error: why the key could not be read.
review-editor-key-unusable = Not saved: your signing key could not be used. { $error }.
# $path: the file written; $name: the clinician named in the signing key.
review-editor-saved-signed = Saved { $path }, signed by { $name }. Give this file to the patient.
# $path: the file written.
review-editor-saved-unsigned = Saved { $path } (not signed). Give this file to the patient.
# $path: the file; $error: why, in plain words.
review-could-not-save = Could not save { $path }: { $error }

## Your keys

# The titles of the dialogs that choose the folder for new keys and the identity file.
review-keys-folder-title = Choose a folder for your new keys
review-keys-identity-title = Choose your identity file
review-keys-stopped = Making the keys stopped unexpectedly.
review-keys-heading = Your keys
# $path: the identity file.
review-keys-chosen = Exports encrypted for you open with your identity file, { $path }. Programmes you save are signed with the signing key in the same folder.
review-keys-none = Choose your identity file (identity.txt) once to open exports encrypted for you and to sign the programmes you send. The app remembers where it is; it never copies it.
review-keys-identity = Your identity file
# The identity file's path field, for screen readers.
review-keys-identity-name = Identity file
review-keys-use = Use this identity file
review-keys-make-intro = No keys yet? Make them once, keep the folder private, and back it up.
review-keys-your-name = Your name as patients see it
# An example in the empty name field: a clinician's name and clinic.
review-keys-name-hint = Jane Physio, Hip Clinic
review-keys-name-name = Clinician name
review-keys-folder = Folder for the new keys (it must not hold keys already)
review-keys-folder-name = Folder for new keys
review-keys-make = Make my keys
review-keys-identity-missing = Give the identity file's name, or choose it.
review-keys-folder-missing = Give a folder for the keys.
# $error: what is wrong with the name.
review-keys-name-first = Give your name first: { $error }.
# $name: the clinician's name; $folder: where the keys were made. The file names stay as they are.
review-keys-made = Made the keys of { $name } in { $folder }. Keep identity.txt and signing.key to yourself; recipient.txt and signing.pub can be handed out.
# $error: why.
review-keys-not-made = No keys were made: { $error }.
# $error: why.
review-keys-not-started = Could not start making keys: { $error }
