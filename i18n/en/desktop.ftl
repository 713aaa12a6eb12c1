### Desktop notifications, the desktop entry and the metainfo.
### Every id here starts with "desktop-". English.

## The desktop entry and the software centre's page (assets/rehab-tracker.desktop and
## assets/org.rehab_tracker.RehabTracker.metainfo.xml carry these; a test checks they agree).

# The app's name in the menu: a proper name, the same in every language unless the app is known by another there.
desktop-entry-name = Rehab tracker
# What kind of app it is, under its name in some menus.
desktop-entry-generic-name = Exercise and pain diary
# The menu entry's tooltip.
desktop-entry-comment = Log your hip strengthening sessions and pain, and see how your programme is going
# Words a menu search finds the app by, each followed by a semicolon.
desktop-entry-keywords = physiotherapy;exercise;pain;diary;hip;
# One line under the name in a software centre.
desktop-metainfo-summary = A private diary and plan for a home hip-strengthening programme

## Reminder notifications.

# The title when the training and the diary reminder come at once.
desktop-reminder-both-title = Your exercises and your diary
# The training line of that notification.
desktop-reminder-both-training = Today is a training day: log your session when you have done it.
# The diary line of that notification.
desktop-reminder-both-diary = And a minute for today's diary: how was your pain?
# The notification's button that opens the app.
desktop-notify-open-app = Open Rehab tracker
# A notification could not be shown. $reason: why (desktop-notify-no-session, desktop-notify-nothing-shows, or the system's own words).
desktop-notify-no-server = no notification could be shown: { $reason }. Reminders need a desktop that shows notifications
# $seconds: how long it waited.
desktop-notify-no-answer = no notification could be shown: the notification service did not answer within { $seconds } seconds
desktop-notify-unsupported = desktop notifications are not available on this system in this version
desktop-notify-thread-stopped = the notification thread stopped
desktop-notify-no-session = there is no desktop session to show it in
desktop-notify-nothing-shows = nothing on this desktop shows notifications

## Reminders while the app is closed (shown in Settings; the details are for whoever helps with the computer).

desktop-reminders-set-up = Reminders are set up: they come at their times even when the app is closed.
desktop-reminders-at-login = The reminders could not be set to come at their times: this computer's timer service did not accept them. For now they come only when you log in. Try saving them again later; if this stays, show the details to whoever helps you with your computer.
desktop-reminders-removed = No reminders will come.
# Where the running program is, in desktop-program-passing's $place.
desktop-place-temporary = a temporary folder
desktop-place-built = the folder the program was built in
desktop-place-unpacked = the folder the download was unpacked into
# Reminders refused from a copy that may move. $folder: the program's folder; $place: one of the desktop-place- texts.
desktop-program-passing = this copy of the app runs from { $folder }, { $place }, which may move or be deleted, and the reminders would then stop without a word. Install the app (its README and the download's INSTALL.txt say how) and switch the reminders on from the installed copy
# $program: the program the timer runs.
desktop-timer-program-gone = The reminders' timer runs { $program }, which is no longer there, so no reminders come while the app is closed. Open the installed app and save the reminders in Settings again, or switch them off there.
# Details. $why: what the system said.
desktop-timer-not-switched-on = the timer could not be switched on ({ $why })
# $args: the systemctl command's arguments; stays as typed.
desktop-systemctl-failed = systemctl --user { $args } failed
# $said: what systemctl said (in the system's language).
desktop-systemctl-said = systemctl --user { $args } said: { $said }
# $path: a file; $error: why.
desktop-could-not-remove = Could not remove { $path }: { $error }
# Running a helper program. $program: its name ("systemctl").
desktop-program-missing = { $program } is not installed
desktop-program-not-started = { $program } could not be started ({ $error })
# $seconds: how long it waited.
desktop-program-no-answer = { $program } did not answer within { $seconds } seconds
desktop-program-not-waited-for = { $program } could not be waited for ({ $error })

## The chime at the end of a rest.

desktop-sound-none-found = No sound player was found on this computer (pw-play, paplay or aplay), so the end of a rest is shown but not heard.
# $players: the players found, comma-separated.
desktop-sound-player-failed = The sound player ({ $players }) could not play the chime, so the end of a rest is shown but not heard. Check that sound works on this computer.
# $folder: where; $error: why.
desktop-sound-not-written = The chime could not be written to { $folder } ({ $error }), so the end of a rest is shown but not heard.

## The login entry that shows reminders where there is no timer service (listed in the desktop's start-up settings).

# Its name.
desktop-autostart-name = Rehab tracker reminders
# Its description.
desktop-autostart-comment = Shows the exercise and diary reminders that are due when you log in
