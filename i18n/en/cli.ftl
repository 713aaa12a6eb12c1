### The command line's output and errors.
### Every id here starts with "cli-". English.

# After logging an event. $event: what happened; $date: the day, written out.
cli-event-saved = Saved: { $event } on { $date }.
# The --lang option's help.
cli-lang-help = Speak this language (en, de, fr, es); otherwise the desktop's

## Errors in what was typed (the command line's own checks).

# A date typed wrongly. $text: what was typed.
cli-not-a-date = '{ $text }' is not a date: write it as YYYY-MM-DD, such as 2026-11-24
# A time typed wrongly. $text: what was typed.
cli-not-a-time = '{ $text }' is not a time: write it as YYYY-MM-DDTHH:MM, such as 2026-11-24T18:05
# A number typed wrongly. $text: what was typed.
cli-not-a-whole-number = '{ $text }' is not a whole number
# --lang names a language the app does not speak. $text: what was typed; $codes: the codes it speaks, "en, de, fr, es".
cli-unknown-language = the app does not speak '{ $text }': choose one of { $codes }
# --sign names no warning sign. $text: what was typed; $codes: the codes it knows, comma-separated.
cli-unknown-warning-sign = '{ $text }' is not a warning sign this app knows: give one of { $codes }

## Changing the diary from the command line (init, log).

# A file of the data folder cannot be read, so nothing is written. $problem: the file's problem, a sentence.
cli-nothing-changed-unreadable-file = { $problem } Nothing was changed: the app does not write to a data folder with a file it cannot read, so that file is never overwritten.
# Saving failed. $error: why, in words.
cli-save-failed = { $error }. Nothing was lost from what was already saved.
# A command that needs the profile, run before `init`. The command stays in English.
cli-no-profile = there is no profile yet: run `rehab-tracker init --start YYYY-MM-DD --affected-side left|right|both` first
# The painful side, as `init` reports it. $side: left, right or both.
cli-affected-side = { $side ->
    [left] left
    [right] right
   *[both] both
}
# After `init`. $updated: yes (the profile existed) or no; $dir: the data folder; $start: the start date (YYYY-MM-DD); $side: the side's word (cli-affected-side); $has_code: yes or no; $code: the patient code.
cli-profile-saved = { $updated ->
    [yes] Updated
   *[no] Created
} the profile in { $dir }: programme starts { $start }, affected side { $side }{ $has_code ->
    [yes] , patient code { $code }
   *[no] {""}
}.
# After `log diary`. $updated: yes (the day had an entry) or no; $date: the day (YYYY-MM-DD).
cli-diary-saved = { $updated ->
    [yes] Updated
   *[no] Saved
} the diary entry for { $date }.
# After `log session`. $date: the day (YYYY-MM-DD); $count: how many exercises.
cli-session-saved = { $count ->
    [one] Saved the session of { $date }: { $count } exercise as prescribed.
   *[other] Saved the session of { $date }: { $count } exercises as prescribed.
}
# `log event --side` with another kind than an injection. The options stay in English.
cli-side-only-for-injection = --side goes only with --kind injection
# `log psfs` with more activities than scores or the other way round. The options stay in English.
cli-psfs-mismatch = give one --score for each --activity ({ $activities ->
    [one] { $activities } activity
   *[other] { $activities } activities
}, { $scores ->
    [one] { $scores } score
   *[other] { $scores } scores
})
# After `log psfs`. $date: the day (YYYY-MM-DD); $count: how many activities were scored.
cli-psfs-saved = Saved the activity scores (PSFS) of { $date }: { $count } { $count ->
    [one] activity
   *[other] activities
}.
# After `log warning-sign`, above the list of signs and the advice. $date: the day (YYYY-MM-DD).
cli-warning-signs-saved = Saved the warning signs of { $date }:
# After `demo --caseload`. $count: how many bundles; $dir: the folder.
cli-demo-caseload-written = Wrote a sample caseload of { $count } export bundles (one of them damaged) to { $dir }. Review it with: rehab-tracker review { $dir }
# After `demo`. $weeks: how many weeks; $dir: the folder; $sessions, $diary, $events: how many of each were written.
cli-demo-journal-written = Wrote a sample journal of { $weeks } weeks to { $dir }: { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { $diary ->
    [one] { $diary } diary entry
   *[other] { $diary } diary entries
}, { $events ->
    [one] { $events } event
   *[other] { $events } events
}.

## `status`: where the diary stands against the plan.

# A file cannot be read. $problems: the files' problems, sentences.
cli-status-unreadable = { $problems } The status needs every file of the diary, so none is shown.
# `status` before `init`. $dir: the data folder. The command stays in English.
cli-status-no-profile = there is no profile in { $dir }: run `rehab-tracker init --start YYYY-MM-DD --affected-side left|right` first
# The first line. $date: the day assessed (YYYY-MM-DD); $status: the status's headline.
cli-status-on = Status on { $date }: { $status }
# Before the start. $decision_week: the week of the decision point; $decision_date: its day (YYYY-MM-DD).
cli-status-not-started = The programme has not started yet (decision point: end of week { $decision_week }, { $decision_date }).
# Up to the decision point. $week: this week's number.
cli-status-week-of = Week { $week } of { $decision_week } (decision point: end of week { $decision_week }, { $decision_date }).
# After the decision point.
cli-status-week-past = Week { $week } (the decision point was the end of week { $decision_week }, { $decision_date }).
# Heading above the reasons.
cli-status-why = Why:
# Heading above the clinician's thresholds. $source: file (a programme file is saved) or default.
cli-status-thresholds-from = These thresholds are your clinician's, from { $source ->
    [file] the programme file (programme.ron):
   *[default] the default programme (no programme file is saved yet):
}
# $days: days of the baseline; $min: days that must be logged.
cli-status-rule-baseline = - starting pain: the average of each day's worst pain over the first { $days } days (at least { $min } days logged), or the { $days } days before the start;
# $days: days of the current window; $min: days that must be logged.
cli-status-rule-current = - pain now: the same average over the last { $days } days (at least { $min } days logged);
# $points: pain points ("2 points"); $percent: a percentage ("30 %"); $psfs: activity score points ("2 points").
cli-status-rule-change = - the change agreed: at least { $points } or { $percent } less pain; for activity scores (PSFS), { $psfs } more;
# $percent: the share of sessions ("70 %"); $per_week: sessions prescribed a week.
cli-status-rule-sessions = - sessions: at least { $percent } of those prescribed ({ $per_week } a week, rest-advised and away days not counted);
# $checkin: the check-in week; $decision: the decision week.
cli-status-rule-weeks = - check-in in week { $checkin }, decision point at the end of week { $decision };
# $points: pain points ("2 points"); $weeks: how many weeks running.
cli-status-rule-worsening = - contact your clinician if weekly average pain is { $points } or more above your starting level for { $weeks } weeks running.
# The last line: the app is a diary and a plan, not a doctor.
cli-status-not-a-diagnosis = This is a summary of your diary against the plan your clinician set. It is not a diagnosis or a substitute for care.

## `export`.

# The options stay in English.
cli-export-reversed = --from is after --to: give the first day first
# $dir: the data folder that is missing.
cli-export-no-data-folder = there is no data folder at { $dir }, so there is nothing to export
# $out: where the export was to go; $dir: the data folder.
cli-export-inside-data-folder = { $out } is inside the data folder { $dir }; write the export somewhere else, so it can never overwrite your data
# $problem: a file's problem, a sentence.
cli-export-unreadable = { $problem } Nothing was exported: an export without that file would leave part of the journal out.
# $dir: the data folder.
cli-export-empty = { $dir } holds no journal yet, so there is nothing to export
# $out: the file; $bytes: its size.
cli-export-sheet-written = Wrote the programme sheet to { $out } ({ $bytes } bytes): open it in a browser to print it.
# $sessions, $diary, $events, $psfs: how many of each; $out: where; $files: how many files; $bytes: their size.
cli-export-written = Exported { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { $diary ->
    [one] { $diary } diary entry
   *[other] { $diary } diary entries
}, { $events ->
    [one] { $events } event
   *[other] { $events } events
} and { $psfs ->
    [one] { $psfs } PSFS rating
   *[other] { $psfs } PSFS ratings
} to { $out } ({ $files ->
    [one] { $files } file
   *[other] { $files } files
}, { $bytes } bytes).
# $patient: the pseudonym.
cli-export-pseudonymised = Pseudonymised: the patient is { $patient } and notes were left out.
# $who: the clinician's name or cli-export-key-holder*; $key: the public key; $out: the file. The command stays as it is.
cli-export-encrypted = Encrypted for { $who } ({ $key }): only their identity opens it, in rehab-tracker review or with: age -d -i identity.txt { $out }
# $sum: the checksum; $out: the file. The command stays as it is.
cli-export-checksum = Checksum (SHA-256): { $sum }. Verify with: rehab-tracker check { $out }
# --encrypt-to pinned, with no clinician pinned.
cli-export-nobody-pinned = no clinician is pinned yet: that happens when you take up a programme your clinician signed. Give their public key (age1…) or the recipient.txt file they gave you instead
# $error: why.
cli-export-pinned-key-unusable = the pinned clinician's key cannot be used: { $error }
# Who an export is encrypted for, when given as a key.
cli-export-key-holder = the holder of that key
# Who an export is encrypted for, when given as a file. $file: the file.
cli-export-key-file-holder = the holder of the key in { $file }
# $given: what was typed.
cli-export-bad-recipient = --encrypt-to takes pinned, a public key starting age1, or a file holding one; '{ $given }' is none of these
# $file: the file given.
cli-export-no-key-in-file = { $file } holds no age public key (a line starting age1)

## `check`.

# $path: the file.
cli-check-set-aside = { $path } is a damaged file the app set aside when it put back an earlier good copy; it can be deleted once nothing is found missing.
# $path: the file; $error: why.
cli-check-unreadable = The file { $path } could not be read: { $error }.
# $path: the file.
cli-check-encrypted-no-identity = { $path } is encrypted (age format), so its content could not be checked: give the identity file of the clinician it was made for with --identity FILE.
cli-check-encrypted-opened = { $path } is encrypted (age format); it opened with the identity given, and what it holds was checked.
# $error: why.
cli-check-encrypted-failed = { $path } is encrypted (age format) and could not be opened: { $error }.
# $bytes: the archive's size.
cli-check-tar = { $path } holds a tar archive of { $bytes } bytes (a CSV export): unpack it with tar -x to read the tables.
# A programme file. $patient: the patient code or cli-check-no-code; $written: when (RFC 3339); $signed: cli-check-signed or cli-check-unsigned.
cli-check-programme-file = A programme file from a clinician, for patient { $patient }, written at { $written }; { $signed } and its programme holds together.
cli-check-no-code = (no code)
cli-check-unsigned = not signed (the app cannot tell who wrote it); its checksum matches
# $name: the clinician; $key: the signing key's id.
cli-check-signed = signed by { $name } (signing key { $key }); the signature matches
# $path: the file; $error: why.
cli-check-programme-refused = The programme file { $path } cannot be taken in: { $error }.
cli-check-pinned-keys-unusable = The file { $path } pins a clinician whose keys cannot be used: { $error }.
cli-check-bundle-untrusted = The export bundle { $path } cannot be trusted: { $error }.
# $path: what was to be checked.
cli-check-missing = { $path } does not exist
# $error: why the identity could not be read.
cli-check-no-identity = { $error }. Nothing was checked.
# The summary line. $path: what was checked; $files, $sessions, $diary, $events: how many.
cli-check-counts = { $path }: { $files ->
    [one] { $files } file
   *[other] { $files } files
}, { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { $diary ->
    [one] { $diary } diary entry
   *[other] { $diary } diary entries
}, { $events ->
    [one] { $events } event
   *[other] { $events } events
}.
# $version: the app's version; $at: when (RFC 3339); $pseudonymised: yes or no; $sum: the checksum.
cli-check-bundle = Export bundle written by rehab-tracker { $version } at { $at }{ $pseudonymised ->
    [yes] , pseudonymised
   *[no] {""}
}; checksum matches (SHA-256 { $sum }).
# $problem: a problem, a sentence.
cli-check-problem = Problem: { $problem }
# $note: a note, a sentence.
cli-check-note = Note: { $note }
cli-check-sound = Sound.
cli-check-not-sound = Not sound.
# $count: how many problems.
cli-check-problems-found = { $count ->
    [one] { $count } problem found
   *[other] { $count } problems found
}

## `review --summary`: the clinician's caseload table.

cli-review-window-only = the review window opens only from the app; add --summary to print the table
cli-review-nothing-named = name at least one bundle or folder of bundles to review
# $error: why the identity could not be read.
cli-review-no-identity = { $error }. Nothing was opened.
# $failed: files that could not be opened; $total: all files.
cli-review-failed = { $failed } of { $total } files could not be opened (listed above)
# The table's column headings.
cli-review-col-patient = Patient
cli-review-col-week = Week
cli-review-col-status = Status
cli-review-col-adherence = Adherence
cli-review-col-improvement = Improvement
cli-review-col-last-entry = Last entry
cli-review-col-quiet-for = No entries for
cli-review-col-warning-signs = Warning signs
cli-review-col-file = File
# Adherence when no session was due yet.
cli-review-none-due = none due
# Last entry when there is none.
cli-review-no-entry = none
# A cell under cli-review-col-quiet-for. $days: days without entries; $quiet: yes when the diary has gone quiet.
cli-review-days-without = { $days ->
    [one] { $days } day
   *[other] { $days } days
}{ $quiet ->
    [yes] {" "}(quiet)
   *[no] {""}
}
cli-review-no-bundle = No bundle was found.
# $count: how many files could not be read.
cli-review-none-opened = { $count ->
    [one] No bundle could be opened: the file below could not be read.
   *[other] No bundle could be opened: the { $count } files below could not be read.
}
# $patient: the patient code; $file: the bundle; $note: what was noted.
cli-review-note = Note on { $patient } ({ $file }): { $note }
# $path: the file; $reason: why.
cli-review-could-not-open = Could not open { $path }: { $reason }.
# Added after cli-review-could-not-open for an encrypted file.
cli-review-needs-identity = Give it with --identity FILE.

## `remind`.

# $problem: a file's problem, a sentence.
cli-remind-unreadable = { $problem } No reminder was shown; open the app to sort this out.
cli-remind-nothing-due = Nothing is due now.
cli-remind-nothing-new = Nothing new is due now: today's reminders were shown already.
# $summary: the notification's title.
cli-remind-shown = Shown: { $summary }
cli-remind-try-out = This was a try-out (--at): it is not noted as shown, so the reminder still comes at its time.
cli-remind-opened = Opened the app.
# $error: why.
cli-remind-not-noted = could not note that the reminder was shown: { $error }

## `clinician keygen`.

# $name: the clinician's name; $dir: the folder.
cli-keygen-made = Made the keys of { $name } in { $dir }.
cli-keygen-secret = Secret, keep them to yourself and back them up (readable by you alone):
cli-keygen-public = Public, to hand out:
# $key: the public key.
cli-keygen-age-key = Encryption public key (age): { $key }
# $id: the key's id; $key: the public key.
cli-keygen-signing-key = Signing public key (minisign, key id { $id }): { $key }
cli-keygen-done = Programmes you save in the review window are signed with these keys; patients' exports encrypted to you open with identity.txt.

## The --help texts: the app's about, each command's about, each option's help.
## Commands, option names and values (`clinician keygen`, --summary, `pinned`, `.age`) stay as typed.

cli-help-about = Private diary and plan for a home hip-strengthening programme
cli-help-data-dir = Use this data folder instead of the usual one (for tests and portable installs)
cli-help-lang = Speak this language (en, de, fr, es), whatever the desktop's or the settings' is
# --demo with no command: the window opens on sample data.
cli-help-demo-window = Open the window on a generated sample journal in a temporary folder; real data is never touched
# The --date option of every `log` command.
cli-help-date = The day (YYYY-MM-DD); today if left out
# The --note option of `log diary`, `log event` and `log warning-sign`.
cli-help-note = A note
cli-help-init-about = Set up the profile: start date, affected side, units
cli-help-init-start = The day the programme starts (YYYY-MM-DD)
cli-help-init-affected-side = The painful side, or both (one-sided exercises then start on the left)
cli-help-init-units = Units for weights
cli-help-init-patient-code = A short code to give your physiotherapist instead of your name (kept when left out)
cli-help-log-about = Log a diary entry, a session or an event
cli-help-log-diary-about = A diary entry: pain now, worst pain in the last 24 hours, sitting tolerance
cli-help-log-diary-worst = Worst pain in the last 24 hours, 0-10
cli-help-log-diary-now = Pain now, 0-10
cli-help-log-diary-sitting-mins = Minutes you can sit before pain makes you move, 0-1440
cli-help-log-diary-day-state = How the day was
cli-help-log-session-about = A session done as prescribed
cli-help-log-session-as-prescribed = Every exercise done at its prescribed dose
cli-help-log-session-pain-during = The highest pain during the session, 0-10
cli-help-log-session-next-morning = Pain the next morning, 0-10
cli-help-log-event-about = An injection, a clinician visit or a change of medication
cli-help-log-event-kind = What happened
cli-help-log-event-side = The side, for an injection
cli-help-log-psfs-about = Activity scores (PSFS): each activity you rate, 0 (cannot do it) to 10 (as before)
cli-help-log-psfs-activity = An activity, in your words (give up to three, each followed by its --score)
cli-help-log-psfs-score = The score of the activity before it, 0-10
cli-help-log-warning-sign-about = Warning signs you have now; prints what to do
# The codes after the colon are typed as they are: keep them untranslated.
cli-help-log-warning-sign-sign = A warning sign you have (give one or more): saddle-numbness, bladder-or-bowel, sexual-function, hot-swollen-joint, progressive-weakness, constant-night-pain, weight-loss-or-night-sweats, cancer-history
cli-help-demo-about = Write a generated sample journal into a new folder
cli-help-demo-weeks = How many weeks to generate (520 is ten years)
cli-help-demo-out = A new (or empty) folder to write into
cli-help-demo-seed = The random seed: the same seed and end date give the same journal
cli-help-demo-end = The last day of the journal (YYYY-MM-DD); today if left out
cli-help-demo-caseload = Instead, write a sample caseload for the review window: export bundles of eight patients, one for each status, and one damaged bundle
cli-help-demo-every-kind = Also log an example of every other kind of entry (PSFS ratings, a medication change, level changes, a warning sign with a note, and after half a year an injection), so every part of the exports has something to show
cli-help-check-about = Check a data folder or a file the app wrote (an export bundle too); exit 0 when sound, 1 when not
cli-help-check-path = A data folder, or one file the app wrote
cli-help-check-json = Print the result as JSON
cli-help-check-identity = The clinician's identity file (identity.txt from `clinician keygen`), to open an encrypted export (`.age`) and check what it holds; without it an encrypted file is reported as not checked
cli-help-status-about = Where the diary stands against the plan the clinician set, as of a day. Read-only
cli-help-status-on = The day to assess (YYYY-MM-DD); today if left out
cli-help-status-json = Print one JSON object instead of the summary
cli-help-export-about = Export the journal for a physiotherapist: CSV tables, a bundle or FHIR
cli-help-export-format = What to write
cli-help-export-out = Where: a folder for CSV (created if missing), a file for the others
cli-help-export-from = The first day to include (YYYY-MM-DD)
cli-help-export-to = The last day to include (YYYY-MM-DD)
cli-help-export-pseudonymise = Replace the patient code by a pseudonym and leave every free-text note out
cli-help-export-fhir-bundle = For `--format fhir`: a `transaction` (the default: a FHIR server loads it at its base URL, and a second export updates the same resources) or a `collection` (a file to read or archive)
cli-help-export-encrypt-to = Encrypt the export so only one clinician can open it: `pinned` (the clinician whose signed programme you took up), their public key (`age1…`), or a file holding it (the recipient.txt they gave you). The output is one age file; a CSV export becomes one encrypted tar archive
cli-help-review-about = For clinicians: open patients' export bundles (files, or folders of them) read-only. Opens the review window, or with --summary prints the caseload table
cli-help-review-paths = Bundles, or folders holding them (every `.ron` file directly inside)
cli-help-review-summary = Print the caseload table instead of opening the window; exit 1 if any file could not be opened (the others are still listed)
cli-help-review-json = With --summary: print one JSON object (rows and failures)
cli-help-review-identity = Your identity file (identity.txt from `clinician keygen`), to open exports encrypted to you (`.age` files)
cli-help-clinician-about = For clinicians: make the keys that sign programmes and open encrypted exports
cli-help-clinician-keygen-about = Make a new key pair in a folder: a secret identity that opens exports encrypted to you, a secret key that signs your programmes, and their public halves to hand out. Existing keys are never overwritten
cli-help-clinician-keygen-out = The folder to write the keys into (made if missing, readable by you alone)
cli-help-clinician-keygen-name = The name patients see on your programmes, such as "Jane Physio, Hip Clinic"
cli-help-remind-about = Show the reminders due now (training, diary) as one desktop notification; the app's timer runs this. Exit 1 when no notification can be shown
cli-help-remind-at = Decide as if it were this local time (YYYY-MM-DDTHH:MM), to see what would be due. A try-out: what it shows is not noted as shown, so the real reminder still comes
cli-help-remind-print-only = Print what is due instead of showing a notification (and note nothing as shown)
cli-help-remind-wait-for-click = Seconds to wait for a click on the notification, which opens the app; 0 to exit at once
# Clap's own words in --help: the headings (followed by a colon) and its own options.
cli-help-heading-usage = Usage:
cli-help-heading-commands = Commands
cli-help-heading-arguments = Arguments
cli-help-heading-options = Options
cli-help-help = Print help
# -h when a longer --help exists; '-h' and '--help' stay as typed.
cli-help-help-short = Print help (see more with '--help')
cli-help-help-long = Print help (see a summary with '-h')
cli-help-version = Print version
# The `help` command's own about.
cli-help-help-command = Print this message or the help of the given subcommand(s)
# The values an option takes, in --help ("left: The left hip"); the value itself stays as typed.
cli-help-value-left-hip = The left hip
cli-help-value-right-hip = The right hip
cli-help-value-both-hips = Both hips
cli-help-value-kg = Kilograms
cli-help-value-lb = Pounds
cli-help-value-normal = An ordinary day
cli-help-value-flare = A flare-up
cli-help-value-rest-advised = Rest advised by the clinician
cli-help-value-away = Unwell or away
cli-help-value-injection = An injection
cli-help-value-clinician-visit = A clinician visit
cli-help-value-medication-change = A change of medication
cli-help-value-left = Left
cli-help-value-right = Right
cli-help-value-csv = A folder of CSV tables: sessions, sets, diary, events, PSFS
cli-help-value-bundle = One checksummed RON file holding everything; `check` verifies it
cli-help-value-fhir = A FHIR R4 Bundle (JSON) of Observations
cli-help-value-report = A one-page HTML report with charts, for reading or printing on A4
cli-help-value-sheet = The programme sheet: each exercise's picture, level, dose and cues, on A4
cli-help-value-transaction = Each entry with its request: PUT, with identifiers that stay the same
cli-help-value-collection = The resources alone
