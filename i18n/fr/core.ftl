### The core: analysis findings, the record, storage and hand-off messages.
### Every id here starts with "core-". French.

core-load-kg = { $kg ->
    [one] { $kg_text } kg
   *[other] { $kg_text } kg
}

## The diary's words: resistance bands, kinds of day, events.

core-band-extra-light = Jaune (extra léger)
core-band-light = Rouge (léger)
core-band-medium = Vert (moyen)
core-band-heavy = Bleu (fort)
core-band-extra-heavy = Noir (extra fort)
core-band = Élastique { $strength }
core-band-doubled = Élastique { $strength }, en double

core-day-normal = Journée normale
core-day-flare = Poussée de douleur
core-day-rest-advised = Repos conseillé par mon soignant
core-day-away = Malade ou absent

core-event-injection = Injection
core-event-clinician-visit = Consultation avec un soignant
core-event-medication-change = Changement de traitement
core-event-red-flag = Signes d’alerte
core-event-level-change = Changement de niveau

## Warning signs. Translate with care: same meaning, same urgency, no softening, no added advice.

core-sign-saddle-numbness = Engourdissement autour des fesses, entre les jambes ou à l’intérieur des cuisses
core-sign-bladder-or-bowel = Nouvelles difficultés pour uriner ou aller à la selle, ou pour vous retenir
core-sign-sexual-function = Nouveaux problèmes de fonction sexuelle
core-sign-hot-swollen-joint = Une articulation chaude et gonflée, avec de la fièvre ou un malaise
core-sign-progressive-weakness = Une faiblesse ou un engourdissement de la jambe qui s’aggrave, ou l’impossibilité de vous tenir sur la jambe après une chute
core-sign-constant-night-pain = Une douleur présente en permanence, y compris la nuit
core-sign-weight-loss-or-night-sweats = Une perte de poids sans raison, ou des sueurs nocturnes
core-sign-cancer-history = Un antécédent de cancer

core-urgency-today-heading = Faites-vous aider aujourd’hui si vous avez l’un de ces signes :
core-urgency-soon-heading = Consultez bientôt votre médecin si vous avez l’un de ces signes :
core-urgency-today-advice = Faites-vous aider aujourd’hui : appelez la ligne d’urgence de votre médecin ou les services d’urgence, ou rendez-vous aux urgences.
core-urgency-soon-advice = Prenez rendez-vous bientôt avec votre médecin, avant votre prochain bilan prévu, et parlez-lui de cela.

## Voice: a clinician's words (the report and the review window).

core-sign-clinician-saddle-numbness = Anesthésie en selle
core-sign-clinician-bladder-or-bowel = Nouveaux troubles vésicaux ou intestinaux
core-sign-clinician-sexual-function = Nouveaux troubles sexuels
core-sign-clinician-hot-swollen-joint = Articulation chaude et gonflée avec fièvre ou malaise
core-sign-clinician-progressive-weakness = Déficit moteur ou sensitif progressif du membre inférieur, ou appui impossible après une chute
core-sign-clinician-constant-night-pain = Douleur constante, y compris nocturne
core-sign-clinician-weight-loss-or-night-sweats = Perte de poids inexpliquée ou sueurs nocturnes
core-sign-clinician-cancer-history = Antécédent de cancer
core-urgency-today-clinician = prise en charge le jour même
core-urgency-soon-clinician = avis médical rapide
core-guidance-ultrasound = échoguidée
core-guidance-ct = scannoguidée
core-guidance-other = autre guidage

## What a change did, in the notice after it and in undo and redo.

core-entry-session = séance du { $date }
core-entry-diary = entrée du journal du { $date }
core-entry-injection = injection du { $date }
core-entry-clinician-visit = consultation du { $date }
core-entry-medication-change = changement de traitement du { $date }
core-entry-red-flag = signes d’alerte du { $date }
core-entry-level-change = changement de niveau du { $date }
core-entry-psfs = notes d’activités du { $date }

core-saved = Enregistré : { $entry }.
core-deleted = Supprimé : { $entry }.
core-changed = Modifié : { $entry }.
core-saved-morning-pain = Douleur de ce matin enregistrée : { $pain }.
core-details-changed = Vos informations sont modifiées.
core-programme-taken-up = Votre programme est maintenant « { $name } », à partir du { $date }. Les jours précédents restent évalués selon le programme que vous aviez alors.
core-level-moved = { $name } est maintenant au niveau { $level }.
core-levels-eased = { $count ->
    [one] { $count_text } exercice est maintenant à un niveau plus facile.
   *[other] { $count_text } exercices sont maintenant à un niveau plus facile.
}
core-sound-on = Le son à la fin d’un repos ou d’un maintien est activé.
core-sound-off = Le son à la fin d’un repos ou d’un maintien est désactivé.
core-reminders-saved = Vos rappels sont enregistrés.

core-what-new = nouvel ajout ({ $entry })
core-what-deleting = suppression ({ $entry })
core-what-change = modification ({ $entry })
core-what-morning-pain = la douleur de ce matin
core-what-details = la modification de vos informations
core-what-programme = l’adoption du programme « { $name } »
core-what-level-moved = le passage de { $name } au niveau { $level }
core-what-levels-moved = { $count ->
    [one] le passage de { $count_text } exercice à un autre niveau
   *[other] le passage de { $count_text } exercices à d’autres niveaux
}
core-what-sound = la modification du son
core-what-reminders = la modification de vos rappels
core-undone = Annulé : { $what }.
core-done-again = Rétabli : { $what }.

## Why a change was refused (shown at the field or by the command).

core-error-entry-gone = cette entrée n’est plus dans votre journal (numéro { $number })
core-error-no-profile = l’application n’est pas encore configurée : indiquez d’abord votre date de début et le côté atteint
core-error-still-opening = votre journal est encore en cours d’ouverture ({ $month } n’est pas encore lu) : réessayez dans un instant
core-error-diary-day-taken = il y a déjà une entrée du journal pour le { $date } : modifiez plutôt celle-ci
core-error-start-too-far = la date de début, le { $date }, est dans plus d’un an
core-error-code-too-long = le code patient peut compter au plus { $count_text } caractères
core-error-code-control = le code patient ne peut pas contenir de retours à la ligne ni de tabulations
core-error-too-many-activities = au plus { $count_text } activités peuvent être notées
core-error-activity-unnamed = une activité à noter a besoin d’un nom
core-error-pain-above-worst = la douleur actuelle ({ $now }) dépasse la pire douleur des dernières 24 heures ({ $worst }) ; la pire inclut maintenant
core-error-session-empty = une séance doit contenir au moins un exercice
core-error-exercise-no-sets = { $exercise } n’a aucune série : ajoutez une série ou retirez l’exercice
core-error-no-sign-ticked = cochez au moins un signe d’alerte
core-error-no-activity-rated = notez au moins une activité
core-error-rated-activity-unnamed = chaque activité notée a besoin d’un nom
core-no-such-exercise = le programme n’a pas d’exercice « { $id } »
core-no-such-level = { $name } a les niveaux 1 à { $levels }, pas { $level }

core-range-pain = une note de douleur doit être un nombre entier de 0 à 10, mais c’était { $got }
core-range-effort = une note d’effort doit être un nombre entier de 0 à 10, mais c’était { $got }
core-range-ability = une note d’activité doit être un nombre entier de 0 à 10, mais c’était { $got }
core-range-reps = le nombre de répétitions doit être un nombre entier de 0 à 1000, mais c’était { $got }
core-range-hold = un temps de maintien doit être un nombre entier de secondes de 0 à 600, mais c’était { $got }
core-range-sitting = le temps assis doit être un nombre entier de minutes de 0 à 1440, mais c’était { $got }
core-range-load = une charge doit être un nombre de kilogrammes de 0 à 500, mais c’était { $got }
core-range-date = la date ne peut pas être après demain, mais c’était { $got }

## Files that could not be read or saved (shown to the patient, or by `check`).

core-file-entry-misfiled = une entrée datée du { $date } se trouve dans le fichier de { $month }
core-file-entries-misfiled = { $count ->
    [one] { $count_text } entrée datée du { $from } au { $to } se trouve dans le fichier de { $month }
   *[other] { $count_text } entrées datées du { $from } au { $to } se trouvent dans le fichier de { $month }
}
core-file-number-shared = deux entrées ont le même numéro { $number }
core-file-numbers-shared = { $count ->
    [one] { $count_text } numéro d’entrée est utilisé deux fois (le premier : { $first })
   *[other] { $count_text } numéros d’entrée sont utilisés deux fois (le premier : { $first })
}
core-file-unreadable = Le fichier { $path } n’a pas pu être lu : { $reason }.
core-file-restored = Le fichier { $path } n’a pas pu être lu : { $reason }. L’application a remis la copie conservée le { $time } ; ce qui a été saisi dans ce fichier après ce moment peut manquer. Le fichier endommagé n’a pas été supprimé : il est conservé sous { $kept_as }.
core-file-restore-failed = { $reason } ; la remise de sa dernière bonne copie a aussi échoué : { $error }
core-file-good-copy-kept = { $reason }. Une bonne copie du { $time } est conservée ; l’application la remet la prochaine fois qu’elle ouvre ce dossier en écriture
core-file-earlier-save = un enregistrement précédent

core-io-disk-full = le disque est plein. Libérez de la place et l’application réessaiera
core-io-permission = l’application n’a pas le droit d’écrire à cet endroit. Vérifiez les permissions du dossier
core-io-read-only = le disque est en lecture seule
core-io-missing = le fichier ou son dossier est introuvable
core-io-other = le système a signalé : { $reason }
core-io-too-large = le fichier fait { $size } octets, plus que les { $max } octets qu’un fichier de cette application peut faire

core-storage-could-not-save = Impossible d’enregistrer { $path } : { $reason }
core-storage-could-not-read = Impossible de lire { $path } : { $reason }
core-storage-newer = { $path } n’a pas été enregistré : il a été écrit par une version plus récente de rehab-tracker, et cette version n’écrase jamais un tel fichier
core-storage-encode = Impossible de préparer { $path } pour l’enregistrement : { $reason }

core-decode-newer = il a été écrit par une version plus récente de rehab-tracker (format de fichier { $found }) ; cette version lit jusqu’au format { $newest }
core-decode-not-text = ce n’est pas un fichier texte écrit par l’application (il contient des octets qui ne sont pas du texte)
core-decode-invalid = son contenu est endommagé ou n’a pas la forme attendue ({ $why })

core-lock-busy = Une autre copie de rehab-tracker utilise le dossier de données { $dir }. Fermez cette copie (une autre fenêtre, ou une commande encore en cours) et réessayez.
core-lock-io = Impossible d’ouvrir le fichier de verrou { $path } : { $reason }. L’application doit écrire dans le dossier de données { $dir } ; vérifiez qu’il existe et que vous pouvez y écrire, ou indiquez un autre dossier avec --data-dir.

## Exports.

core-format-csv = Tableaux CSV (tableur)
core-format-bundle = Dossier complet (se rouvre dans l’application)
core-format-fhir = FHIR R4 (dossiers de santé)
core-format-report = Rapport d’une page (page web, s’imprime en A4)
core-format-sheet = Fiche du programme avec images (page web, s’imprime en A4)
core-export-could-not-write = Impossible d’écrire { $path } : { $reason }
core-export-is-a-file = { $path } est un fichier ; les tableaux CSV sont écrits dans un dossier, indiquez donc le nom d’un dossier
core-export-is-a-folder = { $path } est un dossier ; indiquez le nom du fichier à écrire, par exemple { $example }
core-bundle-not-text = ce n’est pas un dossier d’export : il contient des octets qui ne sont pas du texte
core-bundle-no-checksum = ses deux premières lignes (le titre du dossier et sa somme de contrôle) manquent ou sont endommagées, il ne peut donc pas être vérifié : ce n’est pas un dossier rehab-tracker, ou il a été modifié après l’export ; demandez un nouvel export
core-bundle-newer = il a été écrit par une version plus récente de rehab-tracker (format de dossier { $found }) ; cette version lit jusqu’au format { $newest }
core-bundle-checksum = son contenu ne correspond pas à sa somme de contrôle, il a donc été modifié ou endommagé après l’export (sha256 attendu { $expected }, trouvé { $found }) ; demandez un nouvel export
core-bundle-checksum-plain = son contenu ne correspond pas à sa somme de contrôle, il a donc été modifié ou endommagé après l’export ; demandez un nouvel export
core-bundle-checksum-details = SHA-256 dans l’en-tête : { $expected }
    SHA-256 du contenu : { $found }
core-bundle-damaged = son contenu est endommagé ou n’a pas la forme attendue ({ $why })
core-bundle-damaged-plain = son contenu est endommagé ou n’a pas la forme attendue ; demandez un nouvel export
core-bundle-not-a-month = « { $month } » n’est pas un mois (AAAA-MM)
core-bundle-month-twice = le mois { $month } y figure deux fois
core-bundle-light-without-session = son résumé attribue un feu à la séance { $session }, qu’il ne contient pas

## Exercise pictures.

core-picture-alt = Dessin de { $exercise }, { $level } : les positions de départ et d’arrivée. { $cue }
core-picture-alt-no-level = Dessin de { $exercise }.

## Keys, encryption and signatures (read by the clinician, and by the patient opening a programme file).

core-key-not-recipient = « { $given } » n’est pas une clé publique age : elle commence par age1 et fait 62 caractères
core-key-no-identity = il ne contient aucune identité age (une ligne commençant par AGE-SECRET-KEY-1)
core-decrypt-other-key = il est chiffré pour une autre clé, pas pour cette identité : il était destiné à un autre cabinet, ou a été fait avec une ancienne clé à vous
core-decrypt-header-changed = il est chiffré, mais son en-tête a été modifié ou endommagé après l’écriture : demandez à nouveau l’export
core-decrypt-content-changed = il est chiffré, mais il a été tronqué ou modifié après l’écriture (le contenu chiffré ne se vérifie pas) : demandez à nouveau l’export
core-decrypt-not-age = ce n’est pas un fichier chiffré que cette application sait lire ({ $why })
core-decrypt-too-large = il contient plus de { $max } octets, plus qu’un export de cette application ne peut en contenir
core-sign-key-malformed = ce n’est pas une clé minisign ({ $why })
core-sign-key-passphrase = elle est protégée par une phrase secrète, que rehab-tracker ne demande pas ; créez plutôt des clés avec `rehab-tracker clinician keygen`
core-sign-key-damaged = elle est endommagée (sa somme de contrôle ne correspond pas)
core-signature-malformed = la signature est endommagée ou n’est pas au format minisign ({ $why })
core-signature-other-key = la signature a été faite avec une autre clé (identifiant de clé { $found }, attendu { $expected })
core-signature-content-changed = le contenu a été modifié après la signature (la signature ne lui correspond pas)
core-signature-comment-changed = le commentaire de confiance de la signature a été modifié après la signature

core-keys-name-empty = le nom du soignant est vide
core-keys-name-too-long = le nom du soignant dépasse { $max } caractères
core-keys-name-one-line = le nom du soignant doit tenir sur une seule ligne
core-keys-signing-key-bad = la clé de signature du soignant : { $reason }
core-keys-encryption-key-bad = la clé de chiffrement du soignant : { $reason }
core-keys-no-random = le système n’a fourni aucun nombre aléatoire ({ $error })
core-keys-name-unwritable = le nom n’a pas pu être écrit ({ $error })
core-keys-not-a-pair = elle ne correspond pas à la clé publique de { $card } (les fichiers viennent de deux paires de clés différentes)
core-keys-exist = { $path } existe déjà ; les clés ne sont jamais écrasées. Choisissez un dossier vide, ou déplacez d’abord les anciennes clés (docs/security.md explique comment changer de clés)
core-keys-could-not-read = { $path } n’a pas pu être lu : { $reason }
core-keys-could-not-make = { $path } n’a pas pu être créé : { $reason }
core-keys-could-not-write = { $path } n’a pas pu être écrit : { $reason }
core-keys-exposed = { $path } peut être lu par d’autres personnes sur cet ordinateur (ses permissions sont { $mode } ; une clé secrète doit être en 600, lisible par vous seul). Elle n’a pas été utilisée. Rendez-la privée avec : chmod 600 { $path }. Si quelqu’un a pu la copier, créez de nouvelles clés (docs/security.md)
core-keys-bad = { $path } n’est pas une clé utilisable : { $reason }

## A programme file the clinician sent (read by the patient).

core-programme-file-not-text = ce n’est pas un fichier de programme : il contient des octets qui ne sont pas du texte
core-programme-file-is-bundle = c’est un export de journal, pas un programme : demandez à votre soignant le fichier de programme qu’il a enregistré pour vous
core-programme-file-no-checksum = ce n’est pas un fichier de programme rehab-tracker, ou ses premières lignes ont été endommagées : demandez à votre soignant de vous le renvoyer
core-programme-file-newer = il a été écrit par une version plus récente de rehab-tracker (format de programme { $found }) ; mettez l’application à jour pour l’ouvrir
core-programme-file-checksum = il a été modifié ou endommagé après son enregistrement par votre soignant (sa somme de contrôle ne correspond pas) : demandez-lui de vous le renvoyer
core-programme-file-damaged = son contenu est endommagé ou n’a pas la forme attendue ({ $why }) : demandez à votre soignant de vous le renvoyer
core-programme-file-signature-damaged = sa signature est endommagée ou n’est pas au format minisign ({ $why }) : demandez à votre soignant de vous le renvoyer
core-programme-file-tampered = il a été modifié après sa signature, ou la signature ne vient pas du soignant qu’il nomme : { $why }. Ne l’utilisez pas, et demandez à votre soignant de vous le renvoyer
core-programme-file-unsigned = un programme signé sans sa signature
core-programme-file-signed-unsigned = une signature sur un programme non signé

## The programme: doses, and the problems the programme editor shows the clinician.

core-range = { $min } à { $max }
core-dose-reps = { $sets } { $sets_max ->
    [one] série
   *[other] séries
} de { $reps } { $reps_max ->
    [one] répétition
   *[other] répétitions
}
core-dose-holds = { $sets } { $sets_max ->
    [one] maintien
   *[other] maintiens
} de { $secs } { $secs_max ->
    [one] seconde
   *[other] secondes
}
core-programme-problems = le programme a des problèmes : { $problems }
core-programme-builtin-broken = le programme intégré ne peut pas être lu : { $error }
core-programme-sessions-range = les séances par semaine doivent être de 1 à 14, pas { $given }
core-programme-bands-rise = les plages de douleur doivent monter : sûre, puis acceptable, 10 au plus
core-programme-morning-rise = la hausse matinale pour l’orange doit être au-dessus de 0 et en dessous de celle du rouge
core-programme-usual-morning = le minimum de notes du matin pour une douleur matinale habituelle ne peut pas dépasser son nombre de jours
core-programme-starting-entries = le minimum d’entrées du journal pour une douleur de départ ne peut pas dépasser son nombre de jours
core-programme-current-entries = le minimum d’entrées du journal pour une douleur actuelle ne peut pas dépasser son nombre de jours
core-programme-quiet-days = les jours sans entrée avant qu’un journal soit considéré comme silencieux doivent être 1 ou plus
core-programme-weeks = la semaine de point d’étape doit précéder la semaine de décision
core-programme-threshold-points = le seuil d’amélioration en points doit être un nombre de 0 ou plus
core-programme-threshold-pct = le seuil d’amélioration en % doit être un nombre de 0 ou plus
core-programme-threshold-adherence = le seuil d’adhésion doit être un nombre de 0 ou plus
core-programme-threshold-psfs = le seuil de variation du PSFS doit être un nombre de 0 ou plus
core-programme-threshold-worsening = le seuil d’aggravation doit être un nombre de 0 ou plus
core-programme-id-twice = l’identifiant d’exercice { $id } apparaît deux fois
core-programme-no-levels = { $name } n’a aucun niveau
core-programme-level-out = { $name } est au niveau { $level }, mais a les niveaux 1 à { $levels }
core-programme-picture-bad = { $name } : l’image contient des nombres avec lesquels elle ne peut pas être dessinée
core-programme-dose-bad = { $name }, { $level } : la dose n’a pas de sens
core-programme-earlier-problem = le programme en vigueur jusqu’au { $until } : { $problem }
core-programme-earlier-order = les programmes précédents ne sont pas dans l’ordre des dates ({ $until } vient après { $before })

## What changed in a programme, one line each (the patient sees them before taking up a new programme).

core-change-name = Nom du programme : désormais « { $name } ».
core-change-sessions = Séances par semaine : de { $from } à { $to }.
core-change-days = Jours d’entraînement : désormais { $days }.
core-change-from-to = { $what } : de { $from } à { $to }.
core-change-safe-max = Douleur pendant l’exercice encore considérée comme sûre (vert)
core-change-acceptable-max = Douleur pendant l’exercice encore considérée comme acceptable (orange)
core-change-morning-amber = Hausse de la douleur du lendemain matin qui fait passer une séance à l’orange
core-change-morning-red = Hausse de la douleur du lendemain matin qui fait passer une séance au rouge
core-change-usual-morning-days = Jours de matins qui forment votre douleur matinale habituelle
core-change-usual-morning-min = Minimum de notes du matin pour une douleur matinale habituelle
core-change-baseline-days = Jours sur lesquels la douleur de départ est prise
core-change-baseline-min = Minimum d’entrées du journal pour une douleur de départ
core-change-current-days = Jours sur lesquels la douleur actuelle est prise
core-change-current-min = Minimum d’entrées du journal pour une douleur actuelle
core-change-checkin-week = Semaine de point d’étape
core-change-decision-week = Semaine de décision
core-change-worsening-weeks = Semaines d’affilée de douleur plus forte qui signifient prendre contact
core-change-quiet-days = Jours sans entrée avant que le journal soit considéré comme silencieux
core-change-important-points = Amélioration considérée comme importante
core-change-important-pct = Amélioration considérée comme importante, en part du départ
core-change-adherence = Part des séances nécessaire pour que le plan compte comme essayé
core-change-psfs = Gain des notes d’activité (PSFS) considéré comme important
core-change-worsening-points = Hausse de la douleur hebdomadaire au-dessus du départ considérée comme une aggravation
core-change-points = { $points ->
    [one] { $points_text } point
   *[other] { $points_text } points
}
core-change-new-exercise = { $name } : nouvel exercice.
core-change-new-exercise-off = { $name } : nouvel exercice (non activé).
core-change-exercise-removed = { $name } : retiré du programme.
core-change-renamed = { $old } : s’appelle désormais { $name }.
core-change-switched-on = { $name } : activé.
core-change-switched-off = { $name } : désactivé.
core-change-level-named = { $name } : du niveau { $from } au niveau { $to } ({ $level }).
core-change-level = { $name } : du niveau { $from } au niveau { $to }.
core-change-held = { $name } : maintenu à son niveau (pas de progression pour l’instant).
core-change-free = { $name } : peut de nouveau monter d’un niveau.
core-change-dose = { $name }, niveau { $number } ({ $level }) : désormais { $dose }.
core-change-wording = { $name }, niveau { $number } : nouvelle formulation ({ $level }).
core-change-fewer-levels = { $name } : désormais { $count } niveaux au lieu de { $before }.

## The clinician's caseload (review window and `review`). Dates stay as ISO days (2026-11-24).

core-review-holds-whole = tout le journal jusqu’au { $to }
core-review-holds-range = du { $from } au { $to }
core-review-folder-unreadable = le dossier n’a pas pu être lu : { $reason }
core-review-file-unreadable = il n’a pas pu être lu : { $reason }
core-review-reader-stopped = il n’a pas pu être lu : la lecture s’est arrêtée de façon inattendue
core-review-no-profile = il ne contient aucun profil (le patient n’avait pas terminé la configuration)
core-review-no-programme = il ne contient aucun programme
core-review-note-part = Seulement une partie du journal : à partir du { $from } (le programme a commencé le { $start }).
core-review-note-as-of = Au { $to }, dernier jour exporté ; le fichier a été créé le { $made }.
core-review-note-pseudonymised = Pseudonymisé : notes omises.
core-review-note-same-code = Un autre patient utilise le même code { $code } : { $files } (un identifiant patient différent). Leurs exports sont tenus séparés.
core-review-note-newer = Un export plus récent de ce patient figure dans la liste : { $name } contient { $best } ; celui-ci { $this }.
core-review-note-more-complete = Un export plus complet de ce patient figure dans la liste : { $name } contient { $best } ; celui-ci { $this }.
core-review-note-later = Un export plus tardif des mêmes jours figure dans la liste : { $name }, créé le { $made }.
core-review-last-entry-quiet = { $date } (il y a { $days ->
    [one] { $days_text } jour
   *[other] { $days_text } jours
})
core-review-last-entry-none = aucune
core-review-not-enough-entries = pas assez d’entrées

## Other checks.

core-archive-failed = l’archive n’a pas pu être créée : { $error }
core-archive-too-long = { $path } ne peut pas entrer dans l’archive : son nom ou sa taille est trop long
core-archive-refused = { $path } ne peut pas entrer dans l’archive : { $error }
core-patient-id-invalid = un identifiant patient doit être un UUID en minuscules, par exemple 0f8c2d1e-6b7a-4c3d-9e2f-1a2b3c4d5e6f, mais c’était { $given }
core-no-data-folder = aucun dossier de données n’a été trouvé pour cet utilisateur ; indiquez-en un avec --data-dir
core-side-left = gauche
core-side-right = droit
core-review-needs-identity = il est chiffré : il ne s’ouvre qu’avec le fichier d’identité (identity.txt) du soignant pour qui il a été fait, et aucun n’a été donné
core-bundle-no-programme-in-force = il a des programmes précédents mais aucun programme en vigueur
core-keys-not-text = ce n’est pas un fichier texte
core-file-too-many-unreadable = trop de copies illisibles de ce fichier sont déjà conservées
