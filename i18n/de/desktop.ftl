### Desktop notifications, the desktop entry and the metainfo.
### Every id here starts with "desktop-". German.


## The desktop entry and the software centre's page.

desktop-entry-name = Rehab tracker
desktop-entry-generic-name = Übungs- und Schmerztagebuch
desktop-entry-comment = Tragen Sie Ihre Einheiten zur Hüftkräftigung und Ihre Schmerzen ein und sehen Sie, wie Ihr Programm läuft
desktop-entry-keywords = Physiotherapie;Übungen;Schmerz;Tagebuch;Hüfte;
desktop-metainfo-summary = Ein privates Tagebuch und ein Plan für ein Hüft-Kräftigungsprogramm zu Hause

## Reminder notifications.

desktop-reminder-both-title = Ihre Übungen und Ihr Tagebuch
desktop-reminder-both-training = Heute ist ein Trainingstag: Tragen Sie Ihre Einheit ein, wenn Sie sie gemacht haben.
desktop-reminder-both-diary = Und eine Minute für das heutige Tagebuch: Wie waren Ihre Schmerzen?
desktop-notify-open-app = Rehab tracker öffnen
desktop-notify-no-server = Es konnte keine Benachrichtigung angezeigt werden: { $reason }. Erinnerungen brauchen einen Desktop, der Benachrichtigungen anzeigt
desktop-notify-no-answer = Es konnte keine Benachrichtigung angezeigt werden: Der Benachrichtigungsdienst hat nicht innerhalb von { $seconds } Sekunden geantwortet
desktop-notify-unsupported = Desktop-Benachrichtigungen sind auf diesem System in dieser Version nicht verfügbar
desktop-notify-thread-stopped = Der Benachrichtigungs-Thread wurde beendet
desktop-notify-no-session = Es gibt keine Desktop-Sitzung, in der sie angezeigt werden könnte
desktop-notify-nothing-shows = Auf diesem Desktop zeigt nichts Benachrichtigungen an

## Reminders while the app is closed.

desktop-reminders-set-up = Die Erinnerungen sind eingerichtet: Sie kommen zu ihren Zeiten, auch wenn die App geschlossen ist.
desktop-reminders-at-login = Die Erinnerungen konnten nicht auf ihre Zeiten eingestellt werden: Der Zeitgeber-Dienst dieses Computers hat sie nicht angenommen. Vorerst kommen sie nur, wenn Sie sich anmelden. Versuchen Sie später, sie noch einmal zu speichern; wenn es so bleibt, zeigen Sie die Details der Person, die Ihnen mit Ihrem Computer hilft.
desktop-reminders-removed = Es kommen keine Erinnerungen.
desktop-place-temporary = einem temporären Ordner
desktop-place-built = dem Ordner, in dem das Programm gebaut wurde
desktop-place-unpacked = dem Ordner, in den der Download entpackt wurde
desktop-program-passing = Diese Kopie der App läuft aus { $folder }, also aus { $place }, der verschoben oder gelöscht werden kann, und dann würden die Erinnerungen ohne ein Wort ausbleiben. Installieren Sie die App (ihre README und die INSTALL.txt des Downloads sagen, wie) und schalten Sie die Erinnerungen in der installierten Kopie ein
desktop-timer-program-gone = Der Zeitgeber der Erinnerungen startet { $program }, das es nicht mehr gibt, daher kommen keine Erinnerungen, während die App geschlossen ist. Öffnen Sie die installierte App und speichern Sie die Erinnerungen in den Einstellungen erneut, oder schalten Sie sie dort aus.
desktop-timer-not-switched-on = Der Zeitgeber konnte nicht eingeschaltet werden ({ $why })
desktop-systemctl-failed = systemctl --user { $args } ist fehlgeschlagen
desktop-systemctl-said = systemctl --user { $args } meldete: { $said }
desktop-could-not-remove = { $path } konnte nicht entfernt werden: { $error }
desktop-program-missing = { $program } ist nicht installiert
desktop-program-not-started = { $program } konnte nicht gestartet werden ({ $error })
desktop-program-no-answer = { $program } hat nicht innerhalb von { $seconds } Sekunden geantwortet
desktop-program-not-waited-for = Auf { $program } konnte nicht gewartet werden ({ $error })

## The chime at the end of a rest.

desktop-sound-none-found = Auf diesem Computer wurde kein Tonabspieler gefunden (pw-play, paplay oder aplay), daher wird das Ende einer Pause angezeigt, aber nicht hörbar.
desktop-sound-player-failed = Der Tonabspieler ({ $players }) konnte den Signalton nicht abspielen, daher wird das Ende einer Pause angezeigt, aber nicht hörbar. Prüfen Sie, ob der Ton an diesem Computer funktioniert.
desktop-sound-not-written = Der Signalton konnte nicht nach { $folder } geschrieben werden ({ $error }), daher wird das Ende einer Pause angezeigt, aber nicht hörbar.

## The login entry.

desktop-autostart-name = Erinnerungen von Rehab tracker
desktop-autostart-comment = Zeigt beim Anmelden die fälligen Erinnerungen an Übungen und Tagebuch
