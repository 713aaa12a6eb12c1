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

## Files that could not be read or saved (shown to the patient, or by `check`).

# Why a month file does not add up. $date, $from, $to: ISO days; $month: the file's month (2026-05).
core-file-entry-misfiled = an entry dated { $date } is in the file for { $month }
core-file-entries-misfiled = { $count ->
    [one] { $count_text } entry dated { $from } to { $to } is in the file for { $month }
   *[other] { $count_text } entries dated { $from } to { $to } are in the file for { $month }
}
# $number: an entry's number in the diary.
core-file-number-shared = two entries share the number { $number }
# $count: how many numbers are used twice; $first: the first of them.
core-file-numbers-shared = { $count ->
    [one] { $count_text } entry number is used twice (the first: { $first })
   *[other] { $count_text } entry numbers are used twice (the first: { $first })
}
# $path: the file; $reason: why, in words (one of the messages in this section).
core-file-unreadable = The file { $path } could not be read: { $reason }.
# $time: when the copy put back was kept; $kept_as: where the damaged file is kept.
core-file-restored = The file { $path } could not be read: { $reason }. The app put back the copy of it kept on { $time }; anything entered in that file after then may be missing. The damaged file was not deleted: it is kept as { $kept_as }.
# $error: why putting back the copy failed.
core-file-restore-failed = { $reason }; putting back its last good copy failed too: { $error }
core-file-good-copy-kept = { $reason }. A good copy from { $time } is kept; the app puts it back the next time it opens this folder for writing
# Instead of a time, when the copy's time is not known.
core-file-earlier-save = an earlier save

# What the system said about a file, in plain words.
core-io-disk-full = the disk is full. Free some space and the app will try again
core-io-permission = the app is not allowed to write there. Check the folder's permissions
core-io-read-only = the disk is read-only
core-io-missing = the file or its folder is missing
# $reason: the system's own message (often English).
core-io-other = the system reported: { $reason }
# $size, $max: numbers of bytes.
core-io-too-large = the file is { $size } bytes, more than the { $max } bytes a file of this app can be

# $path: the file; $reason: what the system said (above).
core-storage-could-not-save = Could not save { $path }: { $reason }
core-storage-could-not-read = Could not read { $path }: { $reason }
core-storage-newer = Did not save { $path }: it was written by a newer version of rehab-tracker, and this version never overwrites such a file
core-storage-encode = Could not prepare { $path } for saving: { $reason }

# Why a file's content could not be used. $found, $newest: file format numbers.
core-decode-newer = it was written by a newer version of rehab-tracker (file format { $found }); this version reads up to format { $newest }
core-decode-not-text = it is not a text file the app wrote (it holds bytes that are not text)
# $why: the technical detail.
core-decode-invalid = its content is damaged or not in the expected form ({ $why })

# Another copy of the app is open. $dir: the data folder.
core-lock-busy = Another copy of rehab-tracker is using the data folder { $dir }. Close that copy (another window, or a command still running) and try again.
# $path: the lock file; $reason: what the system said; $dir: the data folder.
core-lock-io = Could not open the lock file { $path }: { $reason }. The app needs to write in the data folder { $dir }; check that it exists and that you may write there, or give another folder with --data-dir.

## Exports.

# The export formats offered in the Export page.
core-format-csv = CSV tables (spreadsheet)
core-format-bundle = Complete bundle (reopens in the app)
core-format-fhir = FHIR R4 (health records)
core-format-report = One-page report (web page, prints on A4)
core-format-sheet = Programme sheet with pictures (web page, prints on A4)
# $path: the file or folder; $reason: what the system said.
core-export-could-not-write = Could not write { $path }: { $reason }
core-export-is-a-file = { $path } is a file; CSV tables are written into a folder, so give a folder's name
# $example: a file name that would do, inside that folder.
core-export-is-a-folder = { $path } is a folder; give the name of the file to write, such as { $example }
# Why a bundle cannot be trusted (read by the clinician opening it).
core-bundle-not-text = it is not a bundle: it holds bytes that are not text
core-bundle-no-checksum = its first two lines (the bundle's title and its checksum) are missing or damaged, so it cannot be checked: it is not a rehab-tracker bundle, or it was changed after export; ask for a new export
# $found: the bundle's format number; $newest: the newest this version reads.
core-bundle-newer = it was written by a newer version of rehab-tracker (bundle format { $found }); this version reads up to format { $newest }
# $expected, $found: SHA-256 checksums in hexadecimal.
core-bundle-checksum = its content does not match its checksum, so it was changed or damaged after it was exported (expected sha256 { $expected }, found { $found }); ask for a new export
core-bundle-checksum-plain = its content does not match its checksum, so it was changed or damaged after it was exported; ask for a new export
core-bundle-checksum-details = SHA-256 in the header: { $expected }
    SHA-256 of the content: { $found }
# $why: the reader's technical detail.
core-bundle-damaged = its content is damaged or not in the expected form ({ $why })
core-bundle-damaged-plain = its content is damaged or not in the expected form; ask for a new export
# $month: the text found where a month (YYYY-MM) was expected.
core-bundle-not-a-month = "{ $month }" is not a month (YYYY-MM)
core-bundle-month-twice = the month { $month } is there twice
# $session: a session's number.
core-bundle-light-without-session = its summary gives a light to session { $session }, which it does not hold

## Exercise pictures.

# The text alternative of an exercise's drawing. $exercise: its name; $level: the level's name; $cue: the level's cue (as the clinician wrote them).
core-picture-alt = Drawing of { $exercise }, { $level }: the start and end positions. { $cue }
core-picture-alt-no-level = Drawing of { $exercise }.

## Keys, encryption and signatures (read by the clinician, and by the patient opening a programme file).

# $given: the text that was given as a key.
core-key-not-recipient = '{ $given }' is not an age public key: it starts with age1 and is 62 characters long
core-key-no-identity = it holds no age identity (a line starting AGE-SECRET-KEY-1)
core-decrypt-other-key = it is encrypted for another key, not this identity: it was meant for another clinic, or made with an older key of yours
core-decrypt-header-changed = it is encrypted, but its header was changed or damaged after it was written: ask for the export again
core-decrypt-content-changed = it is encrypted, but it was cut short or changed after it was written (the encrypted content does not check out): ask for the export again
# $why: the technical detail.
core-decrypt-not-age = it is not an encrypted file this app can read ({ $why })
# $max: a number of bytes.
core-decrypt-too-large = it holds more than { $max } bytes, more than an export of this app can be
core-sign-key-malformed = it is not a minisign key ({ $why })
core-sign-key-passphrase = it is protected by a passphrase, which rehab-tracker does not ask for; make keys with `rehab-tracker clinician keygen` instead
core-sign-key-damaged = it is damaged (its checksum does not match)
core-signature-malformed = the signature is damaged or not in the minisign format ({ $why })
# $found, $expected: key ids (hexadecimal).
core-signature-other-key = the signature was made with another key (key id { $found }, expected { $expected })
core-signature-content-changed = the content was changed after it was signed (the signature does not match it)
core-signature-comment-changed = the signature's trusted comment was changed after it was signed

# The clinician's name and keys. $max: the most characters.
core-keys-name-empty = the clinician's name is empty
core-keys-name-too-long = the clinician's name is longer than { $max } characters
core-keys-name-one-line = the clinician's name must be one line of text
# $reason: why the key is not usable.
core-keys-signing-key-bad = the clinician's signing key: { $reason }
core-keys-encryption-key-bad = the clinician's encryption key: { $reason }
# $error: the system's words.
core-keys-no-random = the system gave no random numbers ({ $error })
core-keys-name-unwritable = the name could not be written ({ $error })
# $card: the clinician's card file.
core-keys-not-a-pair = it does not belong to the public key in { $card } (the files come from two different key pairs)
# $path: a key file or folder.
core-keys-exist = { $path } already exists; keys are never overwritten. Choose an empty folder, or move the old keys away first (docs/security.md says how to change keys)
core-keys-could-not-read = { $path } could not be read: { $reason }
core-keys-could-not-make = { $path } could not be made: { $reason }
core-keys-could-not-write = { $path } could not be written: { $reason }
# $mode: the file's permission bits (such as 644).
core-keys-exposed = { $path } can be read by other people on this computer (its permissions are { $mode }; a secret key must be 600, readable by you alone). It was not used. Make it private with: chmod 600 { $path }. If someone else may have copied it, make new keys (docs/security.md)
core-keys-bad = { $path } is not a usable key: { $reason }

## A programme file the clinician sent (read by the patient).

core-programme-file-not-text = this is not a programme file: it holds bytes that are not text
core-programme-file-is-bundle = this is an export of a diary, not a programme: ask your clinician for the programme file they saved for you
core-programme-file-no-checksum = this is not a programme file from rehab-tracker, or its first lines were damaged: ask your clinician to send it again
# $found: the file's format number.
core-programme-file-newer = it was written by a newer version of rehab-tracker (programme format { $found }); update the app to open it
core-programme-file-checksum = it was changed or damaged after your clinician saved it (its checksum does not match): ask them to send it again
# $why: what is wrong, in words or the reader's technical detail.
core-programme-file-damaged = its content is damaged or not in the expected form ({ $why }): ask your clinician to send it again
core-programme-file-signature-damaged = its signature is damaged or not in the minisign format ({ $why }): ask your clinician to send it again
# $why: what about the signature does not hold.
core-programme-file-tampered = it was changed after it was signed, or the signature is not from the clinician it names: { $why }. Do not use it, and ask your clinician to send it again
# Details inside the "damaged" message above.
core-programme-file-unsigned = a signed programme without its signature
core-programme-file-signed-unsigned = a signature over an unsigned programme

## The programme: doses, and the problems the programme editor shows the clinician.

# "12 to 15": a range of whole numbers, inside the doses below.
core-range = { $min } to { $max }
# A dose. $sets: the number or range of sets ("2 to 3"); $sets_max: the largest (for the plural); $reps: the number or range of repetitions; $reps_max: the largest.
core-dose-reps = { $sets } { $sets_max ->
    [one] set
   *[other] sets
} of { $reps } { $reps_max ->
    [one] rep
   *[other] reps
}
# $secs: the number or range of seconds a hold lasts; $secs_max: the largest.
core-dose-holds = { $sets } { $sets_max ->
    [one] hold
   *[other] holds
} of { $secs } { $secs_max ->
    [one] second
   *[other] seconds
}
# $problems: every problem found, joined with "; ".
core-programme-problems = the programme has problems: { $problems }
# $error: the reader's technical words.
core-programme-builtin-broken = the built-in programme does not parse: { $error }
# $given: the number given.
core-programme-sessions-range = sessions a week must be 1 to 14, not { $given }
core-programme-bands-rise = the pain bands must rise: safe, then acceptable, at most 10
core-programme-morning-rise = the morning rise for amber must be above 0 and below red's
core-programme-usual-morning = the fewest morning scores for a usual morning pain cannot be more than its days
core-programme-starting-entries = the fewest diary entries for a starting pain cannot be more than its days
core-programme-current-entries = the fewest diary entries for a current pain cannot be more than its days
core-programme-quiet-days = the days without an entry before a diary counts as gone quiet must be 1 or more
core-programme-weeks = the check-in week must come before the decision week
core-programme-threshold-points = the improvement in points threshold must be a number of 0 or more
core-programme-threshold-pct = the improvement in % threshold must be a number of 0 or more
core-programme-threshold-adherence = the adherence threshold must be a number of 0 or more
core-programme-threshold-psfs = the PSFS change threshold must be a number of 0 or more
core-programme-threshold-worsening = the worsening threshold must be a number of 0 or more
# $id: an exercise's id; $name: its name; $level: a level number or name; $levels: how many levels it has.
core-programme-id-twice = the exercise id { $id } appears twice
core-programme-no-levels = { $name } has no levels
core-programme-level-out = { $name } is at level { $level }, but has levels 1 to { $levels }
core-programme-picture-bad = { $name }: the picture has numbers it cannot be drawn with
core-programme-dose-bad = { $name }, { $level }: the dose does not make sense
# $until: the last day (ISO) of an earlier programme; $problem: what is wrong with it.
core-programme-earlier-problem = the programme in force until { $until }: { $problem }
# $until, $before: last days (ISO) of two earlier programmes.
core-programme-earlier-order = the earlier programmes are not in date order ({ $until } comes after { $before })

## What changed in a programme, one line each (the patient sees them before taking up a new programme).

# $name: the new programme name.
core-change-name = Programme name: now "{ $name }".
# $from, $to: sessions a week before and after.
core-change-sessions = Sessions a week: from { $from } to { $to }.
# $days: the weekday names, joined with ", ".
core-change-days = Training days: now { $days }.
# $what: one of the settings named below; $from, $to: its value before and after.
core-change-from-to = { $what }: from { $from } to { $to }.
core-change-safe-max = Pain during exercise still counted as safe (green)
core-change-acceptable-max = Pain during exercise still counted as acceptable (amber)
core-change-morning-amber = Rise in next-morning pain that turns a session amber
core-change-morning-red = Rise in next-morning pain that turns a session red
core-change-usual-morning-days = Days of mornings that make your usual morning pain
core-change-usual-morning-min = Fewest morning scores for a usual morning pain
core-change-baseline-days = Days the starting pain is taken from
core-change-baseline-min = Fewest diary entries for a starting pain
core-change-current-days = Days the current pain is taken from
core-change-current-min = Fewest diary entries for a current pain
core-change-checkin-week = Check-in week
core-change-decision-week = Decision week
core-change-worsening-weeks = Weeks running of worse pain that mean getting in touch
core-change-quiet-days = Days without an entry before the diary counts as gone quiet
core-change-important-points = Improvement that counts as important
core-change-important-pct = Improvement that counts as important, as a share of the start
core-change-adherence = Share of sessions needed for the plan to count as tried
core-change-psfs = Gain in the activity scores (PSFS) that counts as important
core-change-worsening-points = Rise in weekly pain above the start that counts as worse
# A number of points on the 0-10 scale. $points: the raw number; $points_text: it formatted.
core-change-points = { $points ->
    [one] { $points_text } point
   *[other] { $points_text } points
}
# $name: an exercise's name.
core-change-new-exercise = { $name }: new exercise.
core-change-new-exercise-off = { $name }: new exercise (not switched on).
core-change-exercise-removed = { $name }: taken out of the programme.
# $old: the exercise's name before.
core-change-renamed = { $old }: now called { $name }.
core-change-switched-on = { $name }: switched on.
core-change-switched-off = { $name }: switched off.
# $from, $to: level numbers; $level: the new level's name.
core-change-level-named = { $name }: level { $from } to level { $to } ({ $level }).
core-change-level = { $name }: level { $from } to level { $to }.
core-change-held = { $name }: held at its level (no moving up for now).
core-change-free = { $name }: free to move up a level again.
# $number: the level's number; $level: its name; $dose: the new dose in words.
core-change-dose = { $name }, level { $number } ({ $level }): now { $dose }.
core-change-wording = { $name }, level { $number }: new wording ({ $level }).
# $count: levels now; $before: levels before.
core-change-fewer-levels = { $name }: now { $count } levels instead of { $before }.

## The clinician's caseload (review window and `review`). Dates stay as ISO days (2026-11-24).

# What an export holds. $to, $from: days.
core-review-holds-whole = the whole diary to { $to }
core-review-holds-range = { $from } to { $to }
# $reason: what the system said.
core-review-folder-unreadable = the folder could not be read: { $reason }
core-review-file-unreadable = it could not be read: { $reason }
core-review-reader-stopped = it could not be read: the reader stopped unexpectedly
core-review-no-profile = it holds no profile (the patient had not finished setting up)
core-review-no-programme = it holds no programme
# Notes under a patient's row. $from: the first day exported; $start: the programme's start.
core-review-note-part = Only part of the diary: from { $from } (the programme started { $start }).
# $to: the last day exported; $made: the day the file was made.
core-review-note-as-of = As of { $to }, the last day exported; the file was made { $made }.
core-review-note-pseudonymised = Pseudonymised: notes left out.
# $code: the patient code; $files: the other files, joined with ", ".
core-review-note-same-code = Another patient uses the same code { $code }: { $files } (a different patient identifier). Their exports are kept apart.
# $name: the other file's name; $best: what it holds; $this: what this one holds (core-review-holds-…).
core-review-note-newer = A newer export of this patient is in the list: { $name } holds { $best }; this one { $this }.
core-review-note-more-complete = A more complete export of this patient is in the list: { $name } holds { $best }; this one { $this }.
# $made: when the other file was made.
core-review-note-later = A later export of the same days is in the list: { $name }, made { $made }.
# The last entry in the table when the diary has gone quiet. $date: its day; $days: days since (raw); $days_text: formatted.
core-review-last-entry-quiet = { $date } ({ $days ->
    [one] { $days_text } day ago
   *[other] { $days_text } days ago
})
core-review-last-entry-none = none
core-review-not-enough-entries = not enough entries

## Other checks.

# $error: the system's words; $path: a file's name inside the CSV archive.
core-archive-failed = the archive could not be made: { $error }
core-archive-too-long = { $path } cannot go into the archive: its name or size is too long
core-archive-refused = { $path } cannot go into the archive: { $error }
# $given: the text found, in quotes.
core-patient-id-invalid = a patient identifier must be a UUID in lower case, such as 0f8c2d1e-6b7a-4c3d-9e2f-1a2b3c4d5e6f, but it was { $given }
# No data folder: the system has no home folder.
core-no-data-folder = no data folder could be found for this user; pass one with --data-dir
# The affected side in words a person reads (the command line's left/right stay English).
core-side-left = left
core-side-right = right
# An encrypted export opened without the clinician's identity file.
core-review-needs-identity = it is encrypted: it opens only with the identity file (identity.txt) of the clinician it was made for, and none was given
# A bundle with earlier programmes but none in force.
core-bundle-no-programme-in-force = it has earlier programmes but no programme in force
# A key file that holds bytes that are not text.
core-keys-not-text = it is not a text file
# Why a damaged file could not be set aside (too many damaged copies kept).
core-file-too-many-unreadable = too many unreadable copies of this file are kept already
