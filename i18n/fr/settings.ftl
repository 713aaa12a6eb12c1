### Settings, setup, about, export, import, warning signs, next morning.
### Every id here starts with "settings-". French.

settings-language = Langue
settings-language-follow = Comme le bureau
settings-language-hint = Les textes changent aussitôt. Les rapports pour votre kinésithérapeute sont rédigés dans sa langue.

settings-title = Réglages
settings-reminders = Rappels
settings-reminders-intro = L’application peut vous envoyer un rappel par un message à l’écran, même quand elle est fermée. Chaque rappel reste désactivé tant que vous ne l’activez pas.
settings-remind-training = Me rappeler les jours d’entraînement
settings-training-reminder = Rappel d’entraînement
settings-remind-diary = Me rappeler le soir de remplir mon journal
settings-diary-reminder = Rappel du journal
settings-what-will-happen = Ce qui va se passer
settings-sample-no-reminders = Ceci est le journal d’exemple : enregistrer ici ne programme aucun rappel sur cet ordinateur.
settings-save-reminders = Enregistrer les rappels
settings-put-back = Revenir à ce qui est enregistré
settings-not-saved-yet = Pas encore enregistré
settings-setting-up-reminders = Programmation des rappels…
settings-reminders-not-set-up = Votre choix est enregistré, mais les rappels n’ont pas pu être programmés : { $reason }.
settings-details = Détails
settings-reminder-at = à
settings-reminder-time = { $reminder } : heure
settings-hour-earlier = − 1 h
settings-hour-earlier-name = 1 heure plus tôt
settings-quarter-earlier = − 15 min
settings-quarter-earlier-name = 15 minutes plus tôt
settings-quarter-later = + 15 min
settings-quarter-later-name = 15 minutes plus tard
settings-hour-later = + 1 h
settings-hour-later-name = 1 heure plus tard
settings-step-name = { $reminder } : { $step }
settings-sound = Son
settings-sound-play = Jouer un son à la fin d’un repos ou d’un maintien
settings-sound-hint = Un court carillon, pour entendre la fin d’un repos sans regarder l’écran. Il joue au volume de votre ordinateur ; le changement est immédiat.
settings-colours = Couleurs
settings-colours-hint = Le changement est immédiat. « Comme le bureau » suit le réglage clair ou sombre de votre ordinateur.
settings-exercise-pictures = Images des exercices
settings-colours-follow = Comme le bureau
settings-colours-light = Clair
settings-colours-dark = Sombre

settings-what-it-is = Cette application est un journal et un plan. Elle contient le programme d’exercices fixé par votre kinésithérapeute, vous aide à noter vos séances et votre douleur, et vous montre, à vous et à votre thérapeute, comment les choses évoluent par rapport aux valeurs qu’il a choisies.
settings-what-it-is-not = Ce n’est pas un diagnostic et cela ne remplace pas les soins. Elle ne décide jamais d’un traitement pour vous : quand le plan indique qu’il est temps de parler des prochaines étapes, elle vous montre ce que montre votre journal pour que vous puissiez en discuter avec votre thérapeute.

settings-about-title = Aide et à propos
settings-version = Version { $version }
settings-your-data = Vos données
settings-data-stays = Tout reste sur cet ordinateur. Rien n’est envoyé nulle part.
settings-sample-journal = Cette fenêtre montre un journal d’exemple généré dans un dossier temporaire ; il est supprimé à la fermeture de l’application.
settings-data-folder = Dossier des données : { $folder }
settings-keyboard = Clavier
settings-keyboard-session = Une séance entière au clavier : ouvrez Aujourd’hui ({ $keys }), tapez la douleur la plus forte ressentie pendant la séance (un nombre de 0 à 10), appuyez sur Entrée pour aller à « Tout fait comme prescrit », puis encore sur Entrée pour l’enregistrer.
settings-key-tab = Tab / Maj+Tab
settings-key-tab-does = Passer d’une commande à l’autre
settings-key-space = Espace ou Entrée
settings-key-space-does = Appuyer sur le bouton qui a le focus
settings-key-digits = 0 à 9
settings-key-digits-does = Sur une ligne de douleur : choisir ce nombre (1 puis 0 pour dix)
settings-key-arrows = Touches fléchées
settings-key-arrows-does = Modifier un nombre qui a le focus
settings-key-enter = Entrée
settings-key-enter-does = Sur une ligne de douleur : passer à la commande suivante

settings-setup-welcome = Bienvenue
settings-setup-three-questions = Trois questions pour établir votre plan
settings-setup-which-side = De quel côté avez-vous mal ?
settings-setup-left = Gauche
settings-setup-right = Droite
settings-setup-both = Des deux côtés
settings-setup-no-side = Veuillez choisir le côté douloureux.
settings-setup-start-question = Quel jour votre programme a-t-il commencé ? Aujourd’hui, si vous commencez aujourd’hui.
settings-setup-start-date = Date de début du programme
settings-setup-baseline-hint = Votre journal de la première semaine fixe votre douleur de départ : les semaines suivantes y sont comparées.
settings-setup-units = Poids en
settings-setup-kg = Kilogrammes (kg)
settings-setup-lb = Livres (lb)
settings-setup-start = Commencer mon programme
settings-setup-start-in-future = La date de début ne peut pas être après aujourd’hui.

settings-greeting-morning = Bonjour
settings-greeting-afternoon = Bonjour
settings-greeting-evening = Bonsoir
settings-greeting-hello = Bonjour

settings-another-copy-open = Une autre copie de rehab-tracker est ouverte sur le dossier de données { $folder }. Cette fenêtre montre vos entrées mais n’enregistrera rien ; fermez l’autre copie, puis fermez cette fenêtre et rouvrez l’application pour noter ici.
settings-lock-failed = { $error } Cette fenêtre montre vos entrées mais ne peut pas enregistrer.
settings-saving-stopped = l’enregistrement ne fonctionne plus ; fermez l’application et rouvrez-la
settings-no-file-manager = Aucun gestionnaire de fichiers n’est configuré sur cet ordinateur pour ouvrir le dossier { $folder }. L’export y est enregistré : ouvrez ce dossier depuis votre gestionnaire de fichiers, ou joignez le fichier depuis cet endroit quand vous écrivez à votre kinésithérapeute.
settings-no-program = Aucun programme n’est configuré sur cet ordinateur pour ouvrir { $file }. L’export y est enregistré : ouvrez-le depuis votre gestionnaire de fichiers, ou envoyez-le tel quel à votre kinésithérapeute.
settings-task-reading = la lecture de votre journal
settings-task-progress = le calcul de vos progrès
settings-task-reminders = la programmation des rappels
settings-file-task-dialog = la fenêtre de choix de fichier
settings-task-could-not-start = Impossible de démarrer { $what } : { $error }.
settings-task-stopped = Arrêt inattendu : { $what }.
settings-file-choose = Choisir…
settings-file-choose-tooltip = Ouvrir la fenêtre de choix de fichier de cet ordinateur
settings-file-no-dialog = Aucune fenêtre de choix de fichier n’est disponible ici : tapez le chemin.

settings-preview-last-four-weeks = Quatre dernières semaines
settings-preview-notes-since = Notes du patient depuis le { $date }
settings-preview-earlier-notes = { $count ->
    [one] { $count_text } note plus ancienne figure dans les exports CSV et paquet.
   *[other] { $count_text } notes plus anciennes figurent dans les exports CSV et paquet.
}

settings-import-title = Programme de votre thérapeute
settings-import-dialog-title = Ouvrir le programme de votre thérapeute
settings-import-intro = Votre thérapeute peut vous envoyer un programme ajusté sous forme de fichier. Ouvrez-le ici pour voir ce qu’il change ; rien ne change tant que vous ne l’adoptez pas.
settings-import-file = Fichier de programme
settings-import-file-name = Fichier de programme à ouvrir
settings-import-open = Ouvrir
settings-import-taken-up = Votre programme a été changé. Vous pouvez l’annuler avec Ctrl+Z.
settings-import-declined = Refusé : votre programme est inchangé.
settings-import-no-path = Indiquez le nom du fichier de programme, ou choisissez-le.
settings-import-task-reading = la lecture du fichier
settings-import-unreadable = { $file } n’a pas pu être lu : { $error }
settings-import-offer = « { $programme } », enregistré par votre thérapeute le { $date }
settings-import-other-patient = Ce fichier a été fait pour le patient { $patient }, pas pour vous. Vérifiez avec votre thérapeute avant de l’adopter.
settings-import-confirm-for-me = Mon thérapeute m’a dit que ce programme est pour moi
settings-import-note = Note de votre thérapeute : { $note }
settings-import-same = C’est le même que votre programme actuel : il n’y a rien à adopter.
settings-import-changes = Ce qu’il change :
settings-import-applies-from-today = Si vous l’adoptez, il s’applique à partir d’aujourd’hui. Vos jours précédents restent jugés selon le programme que vous aviez alors.
settings-import-take-up = Adopter ce programme
settings-import-nothing-to-take-up = Rien à adopter
settings-import-tick-first = Cochez d’abord que votre thérapeute vous a dit que ce programme est pour vous
settings-import-decline = Refuser
settings-import-decline-tooltip = Garder votre programme tel qu’il est
settings-import-signed-by = Signé par { $clinician }.
settings-import-will-pin = Si vous l’adoptez, l’application retient { $clinician } comme votre thérapeute : les programmes suivants devront être signés par cette personne, et vos exports pourront être verrouillés pour qu’elle seule puisse les ouvrir.
settings-import-signed-same = Signé par { $clinician }, votre thérapeute : la signature correspond.
settings-import-other-clinician-title = Pas de votre thérapeute habituel
settings-import-other-clinician = Ce programme est signé par « { $signer } », avec une clé différente de celle de { $pinned }, le thérapeute dont vous avez adopté les programmes jusqu’ici. Il ne vient peut-être pas de votre thérapeute. Vérifiez avec { $pinned } avant de l’adopter.
settings-import-confirm-other = J’ai vérifié : l’adopter, et faire de { $signer } mon thérapeute
settings-import-unsigned-title = Ce programme n’est pas signé
settings-import-unsigned-pinned = Les programmes de { $pinned } sont signés, et celui-ci ne l’est pas : l’application ne peut donc pas savoir qui l’a écrit. Vérifiez avec { $pinned } avant de l’adopter.
settings-import-confirm-unsigned = J’ai vérifié avec mon thérapeute : l’adopter quand même
settings-import-unsigned = Ce programme n’est pas signé : l’application ne peut donc pas savoir qui l’a écrit.

settings-warning-intro = Si vous avez l’un de ces signes maintenant, cochez-le et appuyez sur Enregistrer : l’application l’enregistre dans votre journal pour que votre thérapeute le voie, et indique quoi faire.
settings-warning-record = Enregistrer ce que j’ai coché
settings-warning-saved = Ce que vous avez coché a été enregistré dans votre journal, pour que votre thérapeute puisse le voir :
settings-warning-bullet = •  { $sign }
settings-warning-back = Retour à la liste
settings-warning-after-injection = Après une injection de corticoïdes
settings-warning-after-injection-text = La douleur peut s’intensifier pendant jusqu’à deux jours, rarement jusqu’à une semaine. Ménagez-vous un jour ou deux, puis reprenez progressivement au cours de la semaine. Contactez le cabinet dans la première semaine si la zone devient enflée, rouge ou chaude, ou si vous avez de la fièvre ou ne vous sentez pas bien. Si vous êtes diabétique, votre glycémie peut être plus élevée pendant jusqu’à une semaine.

settings-morning-title = Comment la séance d’hier s’est-elle passée ensuite ?
settings-morning-question = Vous avez fait vos exercices hier. Quelle douleur aviez-vous en vous levant ce matin ?
settings-morning-hint = Cela indique à l’application si la séance d’hier s’est apaisée pendant la nuit.
settings-morning-pain = Douleur ce matin
settings-morning-save = Enregistrer la douleur du matin
settings-morning-not-now = Pas maintenant

settings-export-title = Export pour votre kinésithérapeute
settings-export-save-title = Enregistrer l’export
settings-export-intro = Choisissez ce que vous envoyez. Tout est écrit dans un fichier sur cet ordinateur ; rien n’est envoyé nulle part.
settings-export-pseudonymise = Ne pas inclure mon nom ni mes notes (utiliser un code à la place)
settings-export-lock = Le verrouiller pour que seul(e) { $clinician } puisse l’ouvrir
settings-export-lock-tooltip = Chiffré avec la clé de votre thérapeute : si le fichier est perdu ou envoyé à la mauvaise personne, personne d’autre ne peut le lire.
settings-export-lock-later = Dès que vous adoptez un programme signé par votre thérapeute, les exports peuvent être verrouillés pour que lui seul puisse les ouvrir.
settings-export-from = Du
settings-export-from-hint = début
settings-export-from-name = Exporter à partir de la date
settings-export-to = au
settings-export-to-hint = aujourd’hui
settings-export-to-name = Exporter jusqu’à la date
settings-export-not-a-date = « { $text } » n’est pas une date : écrivez-la sous la forme année-mois-jour, par exemple 2026-11-24.
settings-export-reversed = Le premier jour est après le dernier jour.
settings-export-file = Fichier à écrire
settings-export-folder = Dossier où écrire
settings-export-folder-several = Dossier où écrire (chaque export sous son nom habituel)
settings-export-path = Chemin de l’export
settings-export-button = Exporter
settings-export-gathering = Rassemblement de vos entrées…
settings-export-writing = Écriture…
settings-export-saving = Enregistrement du fichier…
settings-export-open-file = Ouvrir le fichier
settings-export-open-file-tooltip = Avec le programme que votre ordinateur utilise pour ce type de fichier
settings-export-open-folder = Ouvrir le dossier
settings-export-opened-file = Votre ordinateur a été invité à ouvrir le fichier : { $path }.
settings-export-opened-folder = Votre ordinateur a été invité à ouvrir le dossier : { $path }.
settings-export-opening = Ouverture…
settings-export-show-preview = Afficher l’aperçu du rapport
settings-export-preparing-preview = Préparation de l’aperçu…
settings-export-no-preview = Pas d’aperçu : { $error }
settings-export-bad-key = La clé de votre thérapeute ne peut pas être utilisée ({ $error }). Décochez le verrou pour exporter sans elle.
settings-export-no-path = Indiquez le nom du fichier à écrire.
settings-export-none-ticked = Cochez au moins un type d’export.
settings-export-task-preview = l’aperçu
settings-export-task-export = l’export
settings-export-task-open = l’ouverture de l’export
settings-export-no-folder = Impossible de créer le dossier { $folder } : { $error }
settings-export-saved-file = { $bytes ->
    [one] { $path } ({ $bytes_text } octet)
   *[other] { $path } ({ $bytes_text } octets)
}
settings-export-failed = Impossible d’exporter : { $error }
settings-export-failed-after = Impossible de tout exporter (déjà enregistré : { $saved }) : { $error }
settings-export-saved = Enregistré : { $saved }.
settings-export-saved-locked = Enregistré : { $saved }. Verrouillé : seul(e) { $clinician } peut l’ouvrir.
