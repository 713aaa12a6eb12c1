### Desktop notifications, the desktop entry and the metainfo.
### Every id here starts with "desktop-". French.


## The desktop entry and the software centre's page.

desktop-entry-name = Rehab tracker
desktop-entry-generic-name = Journal d’exercices et de douleur
desktop-entry-comment = Notez vos séances de renforcement de la hanche et votre douleur, et voyez où en est votre programme
desktop-entry-keywords = kinésithérapie;exercice;douleur;journal;hanche;
desktop-metainfo-summary = Un journal privé et un plan pour un programme de renforcement de la hanche à domicile

## Reminder notifications.

desktop-reminder-both-title = Vos exercices et votre journal
desktop-reminder-both-training = Aujourd’hui est un jour d’entraînement : notez votre séance une fois faite.
desktop-reminder-both-diary = Et une minute pour le journal du jour : comment était votre douleur ?
desktop-notify-open-app = Ouvrir Rehab tracker
desktop-notify-no-server = aucune notification n’a pu être affichée : { $reason }. Les rappels ont besoin d’un bureau qui affiche les notifications
desktop-notify-no-answer = aucune notification n’a pu être affichée : le service de notifications n’a pas répondu en { $seconds } secondes
desktop-notify-unsupported = les notifications de bureau ne sont pas disponibles sur ce système dans cette version
desktop-notify-thread-stopped = le fil des notifications s’est arrêté
desktop-notify-no-session = il n’y a pas de session de bureau où l’afficher
desktop-notify-nothing-shows = rien sur ce bureau n’affiche les notifications

## Reminders while the app is closed.

desktop-reminders-set-up = Les rappels sont en place : ils arrivent à leur heure même quand l’application est fermée.
desktop-reminders-at-login = Les rappels n’ont pas pu être réglés à leur heure : le service de minuterie de cet ordinateur ne les a pas acceptés. Pour l’instant, ils n’arrivent qu’à l’ouverture de votre session. Réessayez de les enregistrer plus tard ; si cela persiste, montrez les détails à la personne qui vous aide avec votre ordinateur.
desktop-reminders-removed = Aucun rappel ne viendra.
desktop-place-temporary = un dossier temporaire
desktop-place-built = le dossier où le programme a été compilé
desktop-place-unpacked = le dossier où le téléchargement a été décompressé
desktop-program-passing = cette copie de l’application fonctionne depuis { $folder }, { $place }, qui peut être déplacé ou supprimé, et les rappels s’arrêteraient alors sans prévenir. Installez l’application (son README et le fichier INSTALL.txt du téléchargement expliquent comment) et activez les rappels depuis la copie installée
desktop-timer-program-gone = La minuterie des rappels lance { $program }, qui n’existe plus, donc aucun rappel ne vient tant que l’application est fermée. Ouvrez l’application installée et enregistrez de nouveau les rappels dans les Réglages, ou désactivez-les.
desktop-timer-not-switched-on = la minuterie n’a pas pu être activée ({ $why })
desktop-systemctl-failed = systemctl --user { $args } a échoué
desktop-systemctl-said = systemctl --user { $args } a répondu : { $said }
desktop-could-not-remove = Impossible de supprimer { $path } : { $error }
desktop-program-missing = { $program } n’est pas installé
desktop-program-not-started = { $program } n’a pas pu être lancé ({ $error })
desktop-program-no-answer = { $program } n’a pas répondu en { $seconds } secondes
desktop-program-not-waited-for = impossible d’attendre { $program } ({ $error })

## The chime at the end of a rest.

desktop-sound-none-found = Aucun lecteur audio n’a été trouvé sur cet ordinateur (pw-play, paplay ou aplay) : la fin d’un repos est affichée mais pas entendue.
desktop-sound-player-failed = Le lecteur audio ({ $players }) n’a pas pu jouer le signal : la fin d’un repos est affichée mais pas entendue. Vérifiez que le son fonctionne sur cet ordinateur.
desktop-sound-not-written = Le signal n’a pas pu être écrit dans { $folder } ({ $error }) : la fin d’un repos est affichée mais pas entendue.

## The login entry.

desktop-autostart-name = Rappels de Rehab tracker
desktop-autostart-comment = Affiche à l’ouverture de session les rappels d’exercices et de journal prévus
