### The clinician's review window, programme editor and keys.
### Every id here starts with "review-". French.

## Voice: the clinician, addressed as "vous"; clinical and concise.

## The window

review-window-name = Rehab tracker : revue

## The caseload (the first screen)

review-caseload-heading = Revoir les exports des patients
review-caseload-intro = Ouvrez un dossier d’exports (ou plusieurs fichiers, un par ligne). Ils sont seulement lus : rien n’y est écrit.
review-caseload-picker-title = Choisir un dossier d’exports
review-caseload-path = Exports ou dossier à revoir
review-open = Ouvrir pour la revue
review-open-nothing = Indiquez un dossier ou un fichier à ouvrir.
review-stop = Arrêter
review-task-reading = la lecture des fichiers
review-load-progress = { $total ->
    [one] { $done_text } fichier lu sur { $total_text }
   *[other] { $done_text } fichiers lus sur { $total_text }
}
review-load-stopped = { $total ->
    [one] Arrêté : { $done_text } fichier lu sur { $total_text } ; ouvrez de nouveau le dossier pour le lire.
   *[other] Arrêté : { $done_text } fichiers lus sur { $total_text } ; ouvrez de nouveau le dossier pour tous les lire.
}
review-identity-unusable = Votre fichier d’identité n’a pas pu être utilisé, les exports chiffrés n’ont donc pas été ouverts : { $error }.
review-caseload-summary = { $patients ->
    [one] { $patients_text } patient
   *[other] { $patients_text } patients
} ; { $attention ->
    [one] { $attention_text } demande de l’attention
   *[other] { $attention_text } demandent de l’attention
} (signes d’alerte, douleur accrue, journal resté muet ou décision à prendre).
review-find = Chercher
review-find-hint = code patient, statut ou fichier
review-find-name = Filtrer les patients
review-only-attention = Seulement ceux qui demandent de l’attention

## Files that could not be opened

review-failures = { $count ->
    [one] { $count_text } fichier n’a pas pu être ouvert. Les autres sont listés ci-dessous ; demandez un nouvel export à ce patient.
   *[other] { $count_text } fichiers n’ont pas pu être ouverts. Les autres sont listés ci-dessous ; demandez un nouvel export à ces patients.
}
review-failure = { $file } : { $reason }.
review-failure-needs-identity = { $file } : { $reason }. Choisissez votre fichier d’identité sous « Vos clés ».
review-failure-details = Détails

## The caseload's table

review-column-patient = Patient
review-column-week = Semaine
review-column-status = Statut
review-column-adherence = Observance
review-column-improvement = Amélioration
review-column-last-entry = Dernière saisie
review-column-warning-signs = Signes d’alerte
review-column-file = Fichier
review-column-sorted = { $name } (trié)
review-column-reversed = { $name } (inversé)
review-column-sort-hint = Trier selon cette colonne ; de nouveau pour inverser
review-column-sort-name = Trier par { $name }
review-open-patient-hint = Ouvrir ce patient
review-open-patient-name = Ouvrir le patient { $code }
review-adherence-none-due = aucune prévue
review-improvement-hint = Points de douleur maximale en moins par rapport au début ; au-dessus de zéro, c’est mieux
review-quiet-hint = { $days ->
    [one] Rien de noté depuis { $days_text } jour jusqu’au { $date } ; le programme considère { $quiet_text } comme un journal resté muet
   *[other] Rien de noté depuis { $days_text } jours jusqu’au { $date } ; le programme considère { $quiet_text } comme un journal resté muet
}
review-warning-signs-none = aucun

## One patient

review-back = Retour à tous les patients
review-patient-heading = Patient { $code }
review-patient-as-of = au { $date } · lecture seule
review-opening = Ouverture…
review-task-opening = l’ouverture
review-open-failed = Ce fichier n’a pas pu être ouvert : { $reason }
review-file-changed = le fichier a changé depuis la lecture de la liste ; ouvrez de nouveau le dossier
review-tab-progress = Progrès
review-tab-history = Historique
review-tab-report = Rapport
review-tab-programme = Ajuster le programme
review-no-report = Pas de rapport : { $error }

## Saving the patient's report

review-report-save-hint = L’enregistrer comme page web, pour l’imprimer ou le classer :
review-report-picker-title = Enregistrer le rapport
review-report-path = Chemin du fichier du rapport
review-report-save = Enregistrer le rapport
review-task-saving-report = l’enregistrement du rapport
review-report-saved = { $path } enregistré.
review-report-not-saved = Le rapport n’a pas pu être enregistré : { $error }
review-file-name-missing = Indiquez le nom du fichier à écrire.

## The programme editor

review-editor-picker-title = Enregistrer le fichier du programme
review-editor-intro = Les modifications faites ici ne sont envoyées nulle part : elles vont dans un fichier de programme que vous enregistrez et remettez au patient, qui voit chaque modification et l’adopte ou non.
review-field-label = { $label } :
review-editor-plan = Plan
review-editor-name = Nom du programme
review-editor-sessions = Séances par semaine
review-editor-days = Jours d’entraînement
review-editor-exercises = Exercices
review-editor-column-exercise = Exercice
review-editor-column-on = Actif
review-editor-column-level = Niveau
review-editor-column-held = Bloqué
review-editor-column-sets = Séries
review-editor-column-each-set = Par série
review-editor-on-hint = Fait partie du plan
review-editor-on-name = { $name } actif
review-editor-level-name = { $name } niveau
review-editor-held-name = { $name } bloqué à son niveau
review-editor-fewest-sets-name = { $name } séries minimum
review-editor-most-sets-name = { $name } séries maximum
review-editor-fewest-reps-name = { $name } répétitions minimum
review-editor-most-reps-name = { $name } répétitions maximum
review-editor-fewest-seconds-name = { $name } secondes minimum
review-editor-most-seconds-name = { $name } secondes maximum
review-editor-level = { $number } : { $name }
review-editor-held-hint = Bloqué à ce niveau : aucun passage au niveau supérieur n’est proposé
review-editor-fewest-sets = Séries minimum
review-editor-most-sets = Séries maximum
review-editor-to = à
review-editor-reps = répétitions
review-editor-seconds = secondes
review-editor-bands = Douleur pendant et après l’exercice (feu tricolore)
review-editor-safe-max = Douleur maximale pendant l’exercice qui reste verte
review-editor-acceptable-max = Douleur maximale pendant l’exercice qui reste orange
review-editor-morning-amber = Hausse de la douleur du lendemain matin qui est orange
review-editor-morning-red = Hausse de la douleur du lendemain matin qui est rouge
review-editor-usual-morning-days = Jours de matinées qui forment la douleur matinale habituelle
review-editor-usual-morning-min = Nombre minimum de scores du matin pour une douleur matinale habituelle
review-editor-rule = Règle d’escalade
review-editor-baseline-days = Jours sur lesquels la douleur de départ est calculée
review-editor-baseline-min = Nombre minimum de saisies pour une douleur de départ
review-editor-current-days = Jours sur lesquels la douleur actuelle est calculée
review-editor-current-min = Nombre minimum de saisies pour une douleur actuelle
review-editor-checkin-week = Semaine du point d’étape
review-editor-decision-week = Semaine de décision
review-editor-important-points = Amélioration importante, points
review-editor-important-pct = Amélioration importante, % du départ
review-editor-adherence-min = Séances faites minimum pour un essai valable, %
review-editor-psfs-important = Gain PSFS important, points
review-editor-worsening-points = Douleur au-dessus du départ comptée comme aggravation, points
review-editor-worsening-weeks = Semaines consécutives de douleur aggravée
review-editor-quiet-days = Jours sans saisie avant que le journal soit considéré comme resté muet
review-editor-problem = Enregistrement impossible : { $problem }.
review-editor-preview = Ce que le patient verra
review-editor-no-changes = Aucune modification pour l’instant.
review-editor-change = – { $change }
review-editor-days-mismatch = { $days ->
    [one] Remarque : { $days_text } jour d’entraînement pour { $sessions_text } séances par semaine.
   *[other] Remarque : { $days_text } jours d’entraînement pour { $sessions_text } séances par semaine.
}
review-editor-cannot-save = { $count ->
    [one] Enregistrement impossible pour l’instant : un point à corriger, indiqué à son champ.
   *[other] Enregistrement impossible pour l’instant : { $count_text } points à corriger, chacun indiqué à son champ.
}
review-editor-note = Une note pour le patient
review-editor-note-name = Note pour le patient
review-editor-file = Fichier de programme à écrire
review-editor-file-name = Chemin du fichier de programme
review-editor-signed = Signé avec votre clé dans { $folder }, pour que l’app du patient sache qu’il vient de vous.
review-editor-unsigned = Non signé : choisissez votre fichier d’identité sous « Vos clés » sur le premier écran, pour que l’app du patient sache que le fichier vient de vous.
review-editor-save = Enregistrer le fichier du programme
review-editor-save-sheet = Enregistrer la fiche du programme à imprimer
review-editor-save-sheet-hint = Une page web à côté du fichier du programme : l’image, le niveau, la dose et les consignes de chaque exercice, sur une page A4
review-task-saving-sheet = l’enregistrement de la fiche du programme
review-editor-sheet-saved = { $path } enregistré : ouvrez-le dans un navigateur pour l’imprimer.
review-task-saving = l’enregistrement
review-editor-key-unusable = Non enregistré : votre clé de signature n’a pas pu être utilisée. { $error }.
review-editor-saved-signed = { $path } enregistré, signé par { $name }. Remettez ce fichier au patient.
review-editor-saved-unsigned = { $path } enregistré (non signé). Remettez ce fichier au patient.
review-could-not-save = { $path } n’a pas pu être enregistré : { $error }

## Your keys

review-keys-folder-title = Choisir un dossier pour vos nouvelles clés
review-keys-identity-title = Choisir votre fichier d’identité
review-keys-stopped = La création des clés s’est arrêtée de façon inattendue.
review-keys-heading = Vos clés
review-keys-chosen = Les exports chiffrés pour vous s’ouvrent avec votre fichier d’identité, { $path }. Les programmes que vous enregistrez sont signés avec la clé de signature du même dossier.
review-keys-none = Choisissez une fois votre fichier d’identité (identity.txt) pour ouvrir les exports chiffrés pour vous et signer les programmes que vous envoyez. L’app retient où il se trouve ; elle ne le copie jamais.
review-keys-identity = Votre fichier d’identité
review-keys-identity-name = Fichier d’identité
review-keys-use = Utiliser ce fichier d’identité
review-keys-make-intro = Pas encore de clés ? Créez-les une fois, gardez le dossier privé et sauvegardez-le.
review-keys-your-name = Votre nom tel que les patients le voient
review-keys-name-hint = Jeanne Kiné, consultation de la hanche
review-keys-name-name = Nom du clinicien
review-keys-folder = Dossier pour les nouvelles clés (il ne doit pas déjà en contenir)
review-keys-folder-name = Dossier pour les nouvelles clés
review-keys-make = Créer mes clés
review-keys-identity-missing = Indiquez le nom du fichier d’identité, ou choisissez-le.
review-keys-folder-missing = Indiquez un dossier pour les clés.
review-keys-name-first = Indiquez d’abord votre nom : { $error }.
review-keys-made = Les clés de { $name } ont été créées dans { $folder }. Gardez identity.txt et signing.key pour vous ; recipient.txt et signing.pub peuvent être distribués.
review-keys-not-made = Aucune clé n’a été créée : { $error }.
review-keys-not-started = La création des clés n’a pas pu démarrer : { $error }
