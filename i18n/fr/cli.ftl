### The command line's output and errors.
### Every id here starts with "cli-". French.

cli-event-saved = Enregistré : { $event } le { $date }.
cli-lang-help = Parler cette langue (en, de, fr, es) ; sinon celle du bureau

## Errors in what was typed (the command line's own checks).

cli-not-a-date = « { $text } » n’est pas une date : écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-11-24
cli-not-a-time = « { $text } » n’est pas une heure : écrivez-la sous la forme AAAA-MM-JJTHH:MM, par exemple 2026-11-24T18:05
cli-not-a-whole-number = « { $text } » n’est pas un nombre entier
cli-unknown-language = l’application ne parle pas « { $text } » : choisissez parmi { $codes }
cli-unknown-warning-sign = « { $text } » n’est pas un signe d’alerte connu de l’application : indiquez-en un parmi { $codes }

## Changing the diary from the command line (init, log).

cli-nothing-changed-unreadable-file = { $problem } Rien n’a été modifié : l’application n’écrit pas dans un dossier de données contenant un fichier qu’elle ne peut pas lire, afin que ce fichier ne soit jamais écrasé.
cli-save-failed = { $error }. Rien de ce qui était déjà enregistré n’a été perdu.
cli-no-profile = il n’y a pas encore de profil : lancez d’abord `rehab-tracker init --start YYYY-MM-DD --affected-side left|right|both`
cli-affected-side = { $side ->
    [left] gauche
    [right] droit
   *[both] les deux
}
cli-profile-saved = Profil { $updated ->
    [yes] mis à jour
   *[no] créé
} dans { $dir } : le programme commence le { $start }, côté atteint : { $side }{ $has_code ->
    [yes] , code patient { $code }
   *[no] {""}
}.
cli-diary-saved = Entrée du journal du { $date } { $updated ->
    [yes] mise à jour
   *[no] enregistrée
}.
cli-session-saved = { $count ->
    [one] Séance du { $date } enregistrée : { $count } exercice comme prescrit.
   *[other] Séance du { $date } enregistrée : { $count } exercices comme prescrit.
}
cli-side-only-for-injection = --side ne va qu’avec --kind injection
cli-psfs-mismatch = indiquez un --score pour chaque --activity ({ $activities ->
    [one] { $activities } activité
   *[other] { $activities } activités
}, { $scores ->
    [one] { $scores } score
   *[other] { $scores } scores
})
cli-psfs-saved = Scores d’activité (PSFS) du { $date } enregistrés : { $count } { $count ->
    [one] activité
   *[other] activités
}.
cli-warning-signs-saved = Signes d’alerte du { $date } enregistrés :
cli-demo-caseload-written = Exemple de liste de patients de { $count } paquets d’export (dont un endommagé) écrit dans { $dir }. Pour le consulter : rehab-tracker review { $dir }
cli-demo-journal-written = Exemple de journal de { $weeks } semaines écrit dans { $dir } : { $sessions ->
    [one] { $sessions } séance
   *[other] { $sessions } séances
}, { $diary ->
    [one] { $diary } entrée du journal
   *[other] { $diary } entrées du journal
}, { $events ->
    [one] { $events } événement
   *[other] { $events } événements
}.

## `status`: where the diary stands against the plan.

cli-status-unreadable = { $problems } Le bilan a besoin de tous les fichiers du journal, il n’est donc pas affiché.
cli-status-no-profile = il n’y a pas de profil dans { $dir } : lancez d’abord `rehab-tracker init --start YYYY-MM-DD --affected-side left|right`
cli-status-on = Bilan au { $date } : { $status }
cli-status-not-started = Le programme n’a pas encore commencé (point de décision : fin de la semaine { $decision_week }, { $decision_date }).
cli-status-week-of = Semaine { $week } sur { $decision_week } (point de décision : fin de la semaine { $decision_week }, { $decision_date }).
cli-status-week-past = Semaine { $week } (le point de décision était la fin de la semaine { $decision_week }, { $decision_date }).
cli-status-why = Pourquoi :
cli-status-thresholds-from = Ces seuils sont ceux de votre soignant, tirés { $source ->
    [file] du fichier de programme (programme.ron) :
   *[default] du programme par défaut (aucun fichier de programme n’est encore enregistré) :
}
cli-status-rule-baseline = - douleur de départ : la moyenne de la douleur la plus forte de chaque jour sur les { $days } premiers jours (au moins { $min } jours notés), ou sur les { $days } jours avant le début ;
cli-status-rule-current = - douleur actuelle : la même moyenne sur les { $days } derniers jours (au moins { $min } jours notés) ;
cli-status-rule-change = - le changement convenu : au moins { $points } ou { $percent } de douleur en moins ; pour les scores d’activité (PSFS), { $psfs } de plus ;
cli-status-rule-sessions = - séances : au moins { $percent } de celles prescrites ({ $per_week } par semaine, jours de repos conseillé et d’absence non comptés) ;
cli-status-rule-weeks = - point d’étape en semaine { $checkin }, point de décision à la fin de la semaine { $decision } ;
cli-status-rule-worsening = - contactez votre soignant si la douleur moyenne de la semaine dépasse votre niveau de départ de { $points } ou plus pendant { $weeks } semaines d’affilée.
cli-status-not-a-diagnosis = Ceci est un résumé de votre journal par rapport au plan fixé par votre soignant. Ce n’est ni un diagnostic ni un substitut aux soins.

## `export`.

cli-export-reversed = --from est après --to : indiquez d’abord le premier jour
cli-export-no-data-folder = il n’y a pas de dossier de données à { $dir }, il n’y a donc rien à exporter
cli-export-inside-data-folder = { $out } se trouve dans le dossier de données { $dir } ; écrivez l’export ailleurs, pour qu’il ne puisse jamais écraser vos données
cli-export-unreadable = { $problem } Rien n’a été exporté : un export sans ce fichier laisserait de côté une partie du journal.
cli-export-empty = { $dir } ne contient encore aucun journal, il n’y a donc rien à exporter
cli-export-sheet-written = Fiche de programme écrite dans { $out } ({ $bytes } octets) : ouvrez-la dans un navigateur pour l’imprimer.
cli-export-written = { $sessions ->
    [one] { $sessions } séance
   *[other] { $sessions } séances
}, { $diary ->
    [one] { $diary } entrée du journal
   *[other] { $diary } entrées du journal
}, { $events ->
    [one] { $events } événement
   *[other] { $events } événements
} et { $psfs ->
    [one] { $psfs } score PSFS
   *[other] { $psfs } scores PSFS
} exportés dans { $out } ({ $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
}, { $bytes } octets).
cli-export-pseudonymised = Pseudonymisé : le patient est { $patient } et les notes ont été retirées.
cli-export-encrypted = Chiffré pour { $who } ({ $key }) : seule son identité l’ouvre, dans rehab-tracker review ou avec : age -d -i identity.txt { $out }
cli-export-checksum = Somme de contrôle (SHA-256) : { $sum }. Vérifiez avec : rehab-tracker check { $out }
cli-export-nobody-pinned = aucun soignant n’est encore enregistré : cela se fait quand vous adoptez un programme signé par votre soignant. Indiquez plutôt sa clé publique (age1…) ou le fichier recipient.txt qu’il vous a remis
cli-export-pinned-key-unusable = la clé du soignant enregistré est inutilisable : { $error }
cli-export-key-holder = le détenteur de cette clé
cli-export-key-file-holder = le détenteur de la clé contenue dans { $file }
cli-export-bad-recipient = --encrypt-to accepte pinned, une clé publique commençant par age1 ou un fichier qui en contient une ; « { $given } » n’est rien de cela
cli-export-no-key-in-file = { $file } ne contient aucune clé publique age (une ligne commençant par age1)

## `check`.

cli-check-set-aside = { $path } est un fichier endommagé que l’application a mis de côté en rétablissant une copie antérieure intacte ; il peut être supprimé une fois qu’il est sûr que rien ne manque.
cli-check-unreadable = Le fichier { $path } n’a pas pu être lu : { $error }.
cli-check-encrypted-no-identity = { $path } est chiffré (format age), son contenu n’a donc pas pu être vérifié : indiquez avec --identity FILE le fichier d’identité du soignant à qui il est destiné.
cli-check-encrypted-opened = { $path } est chiffré (format age) ; il s’est ouvert avec l’identité donnée, et son contenu a été vérifié.
cli-check-encrypted-failed = { $path } est chiffré (format age) et n’a pas pu être ouvert : { $error }.
cli-check-tar = { $path } contient une archive tar de { $bytes } octets (un export CSV) : décompressez-la avec tar -x pour lire les tableaux.
cli-check-programme-file = Un fichier de programme d’un soignant, pour le patient { $patient }, écrit le { $written } ; { $signed }, et son programme est cohérent.
cli-check-no-code = (sans code)
cli-check-unsigned = non signé (l’application ne peut pas savoir qui l’a écrit) ; sa somme de contrôle correspond
cli-check-signed = signé par { $name } (clé de signature { $key }) ; la signature correspond
cli-check-programme-refused = Le fichier de programme { $path } ne peut pas être adopté : { $error }.
cli-check-pinned-keys-unusable = Le fichier { $path } enregistre un soignant dont les clés sont inutilisables : { $error }.
cli-check-bundle-untrusted = Le paquet d’export { $path } n’est pas fiable : { $error }.
cli-check-missing = { $path } n’existe pas
cli-check-no-identity = { $error }. Rien n’a été vérifié.
cli-check-counts = { $path } : { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
}, { $sessions ->
    [one] { $sessions } séance
   *[other] { $sessions } séances
}, { $diary ->
    [one] { $diary } entrée du journal
   *[other] { $diary } entrées du journal
}, { $events ->
    [one] { $events } événement
   *[other] { $events } événements
}.
cli-check-bundle = Paquet d’export écrit par rehab-tracker { $version } le { $at }{ $pseudonymised ->
    [yes] , pseudonymisé
   *[no] {""}
} ; la somme de contrôle correspond (SHA-256 { $sum }).
cli-check-problem = Problème : { $problem }
cli-check-note = Remarque : { $note }
cli-check-sound = Intact.
cli-check-not-sound = Pas intact.
cli-check-problems-found = { $count ->
    [one] { $count } problème trouvé
   *[other] { $count } problèmes trouvés
}

## `review --summary`: the clinician's caseload table.

cli-review-window-only = la fenêtre de revue ne s’ouvre que depuis l’application ; ajoutez --summary pour afficher le tableau
cli-review-nothing-named = indiquez au moins un paquet ou un dossier de paquets à examiner
cli-review-no-identity = { $error }. Rien n’a été ouvert.
cli-review-failed = { $failed } fichiers sur { $total } n’ont pas pu être ouverts (listés ci-dessus)
cli-review-col-patient = Patient
cli-review-col-week = Semaine
cli-review-col-status = Statut
cli-review-col-adherence = Observance
cli-review-col-improvement = Amélioration
cli-review-col-last-entry = Dernière entrée
cli-review-col-quiet-for = Sans entrée depuis
cli-review-col-warning-signs = Signes d’alerte
cli-review-col-file = Fichier
cli-review-none-due = aucune due
cli-review-no-entry = aucune
cli-review-days-without = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}{ $quiet ->
    [yes] {" "}(silencieux)
   *[no] {""}
}
cli-review-no-bundle = Aucun paquet n’a été trouvé.
cli-review-none-opened = { $count ->
    [one] Aucun paquet n’a pu être ouvert : le fichier ci-dessous n’a pas pu être lu.
   *[other] Aucun paquet n’a pu être ouvert : les { $count } fichiers ci-dessous n’ont pas pu être lus.
}
cli-review-note = Remarque sur { $patient } ({ $file }) : { $note }
cli-review-could-not-open = Impossible d’ouvrir { $path } : { $reason }.
cli-review-needs-identity = Indiquez-la avec --identity FILE.

## `remind`.

cli-remind-unreadable = { $problem } Aucun rappel n’a été affiché ; ouvrez l’application pour régler cela.
cli-remind-nothing-due = Rien n’est prévu pour l’instant.
cli-remind-nothing-new = Rien de nouveau n’est prévu pour l’instant : les rappels d’aujourd’hui ont déjà été affichés.
cli-remind-shown = Affiché : { $summary }
cli-remind-try-out = C’était un essai (--at) : il n’est pas noté comme affiché, le rappel viendra donc quand même à son heure.
cli-remind-opened = Application ouverte.
cli-remind-not-noted = impossible de noter que le rappel a été affiché : { $error }

## `clinician keygen`.

cli-keygen-made = Clés de { $name } créées dans { $dir }.
cli-keygen-secret = Secrètes, gardez-les pour vous et sauvegardez-les (lisibles par vous seul) :
cli-keygen-public = Publiques, à distribuer :
cli-keygen-age-key = Clé publique de chiffrement (age) : { $key }
cli-keygen-signing-key = Clé publique de signature (minisign, identifiant { $id }) : { $key }
cli-keygen-done = Les programmes que vous enregistrez dans la fenêtre de revue sont signés avec ces clés ; les exports des patients chiffrés pour vous s’ouvrent avec identity.txt.

## Les textes de --help.
# Intitulés de section : le programme ajoute les deux-points ; {" "} garde l’espace avant eux.

cli-help-about = Journal privé et plan pour un programme de renforcement de la hanche à domicile
cli-help-data-dir = Utiliser ce dossier de données au lieu du dossier habituel (pour les tests et les installations portables)
cli-help-lang = Parler cette langue (en, de, fr, es), quelle que soit celle du bureau ou des réglages
cli-help-demo-window = Ouvrir la fenêtre sur un journal d’exemple généré dans un dossier temporaire ; les vraies données ne sont jamais touchées
cli-help-date = Le jour (YYYY-MM-DD) ; aujourd’hui s’il est omis
cli-help-note = Une note
cli-help-init-about = Créer le profil : date de début, côté atteint, unités
cli-help-init-start = Le jour où le programme commence (YYYY-MM-DD)
cli-help-init-affected-side = Le côté douloureux, ou les deux (les exercices d’un seul côté commencent alors à gauche)
cli-help-init-units = Unités pour les poids
cli-help-init-patient-code = Un code court à donner à votre kinésithérapeute à la place de votre nom (conservé s’il est omis)
cli-help-log-about = Noter une entrée du journal, une séance ou un événement
cli-help-log-diary-about = Une entrée du journal : douleur actuelle, douleur la plus forte des dernières 24 heures, tolérance en position assise
cli-help-log-diary-worst = Douleur la plus forte des dernières 24 heures, 0-10
cli-help-log-diary-now = Douleur actuelle, 0-10
cli-help-log-diary-sitting-mins = Minutes pendant lesquelles vous pouvez rester assis avant que la douleur vous oblige à bouger, 0-1440
cli-help-log-diary-day-state = Comment s’est passée la journée
cli-help-log-session-about = Une séance faite comme prescrit
cli-help-log-session-as-prescribed = Chaque exercice fait à la dose prescrite
cli-help-log-session-pain-during = La douleur la plus forte pendant la séance, 0-10
cli-help-log-session-next-morning = Douleur le lendemain matin, 0-10
cli-help-log-event-about = Une injection, une visite chez votre soignant ou un changement de médicament
cli-help-log-event-kind = Ce qui s’est passé
cli-help-log-event-side = Le côté, pour une injection
cli-help-log-psfs-about = Scores d’activité (PSFS) : chaque activité que vous notez, de 0 (impossible) à 10 (comme avant)
cli-help-log-psfs-activity = Une activité, avec vos mots (jusqu’à trois, chacune suivie de son --score)
cli-help-log-psfs-score = Le score de l’activité qui le précède, 0-10
cli-help-log-warning-sign-about = Les signes d’alerte que vous avez maintenant ; indique quoi faire
cli-help-log-warning-sign-sign = Un signe d’alerte que vous avez (un ou plusieurs) : saddle-numbness, bladder-or-bowel, sexual-function, hot-swollen-joint, progressive-weakness, constant-night-pain, weight-loss-or-night-sweats, cancer-history
cli-help-demo-about = Écrire un journal d’exemple généré dans un nouveau dossier
cli-help-demo-weeks = Combien de semaines générer (520 font dix ans)
cli-help-demo-out = Un dossier nouveau (ou vide) où écrire
cli-help-demo-seed = La graine aléatoire : la même graine et la même date de fin donnent le même journal
cli-help-demo-end = Le dernier jour du journal (YYYY-MM-DD) ; aujourd’hui s’il est omis
cli-help-demo-caseload = À la place, écrire une patientèle d’exemple pour la fenêtre de revue : les lots d’export de huit patients, un par statut, et un lot endommagé
cli-help-demo-every-kind = Noter aussi un exemple de chaque autre type d’entrée (scores PSFS, un changement de médicament, des changements de niveau, un signe d’alerte avec une note et, après six mois, une injection), pour que chaque partie des exports ait quelque chose à montrer
cli-help-check-about = Vérifier un dossier de données ou un fichier écrit par l’application (un lot d’export aussi) ; code de sortie 0 s’il est sain, 1 sinon
cli-help-check-path = Un dossier de données, ou un fichier écrit par l’application
cli-help-check-json = Afficher le résultat en JSON
cli-help-check-identity = Le fichier d’identité du soignant (identity.txt de `clinician keygen`), pour ouvrir un export chiffré (`.age`) et vérifier son contenu ; sans lui, un fichier chiffré est signalé comme non vérifié
cli-help-status-about = Où en est le journal par rapport au plan fixé par le soignant, à une date donnée. Lecture seule
cli-help-status-on = Le jour à évaluer (YYYY-MM-DD) ; aujourd’hui s’il est omis
cli-help-status-json = Afficher un seul objet JSON au lieu du résumé
cli-help-export-about = Exporter le journal pour un kinésithérapeute : tableaux CSV, un lot ou FHIR
cli-help-export-format = Ce qu’il faut écrire
cli-help-export-out = Où : un dossier pour le CSV (créé s’il manque), un fichier pour les autres
cli-help-export-from = Le premier jour à inclure (YYYY-MM-DD)
cli-help-export-to = Le dernier jour à inclure (YYYY-MM-DD)
cli-help-export-pseudonymise = Remplacer le code patient par un pseudonyme et omettre toutes les notes en texte libre
cli-help-export-fhir-bundle = Pour `--format fhir` : une `transaction` (par défaut : un serveur FHIR la charge à son URL de base, et un second export met à jour les mêmes ressources) ou une `collection` (un fichier à lire ou archiver)
cli-help-export-encrypt-to = Chiffrer l’export pour qu’un seul soignant puisse l’ouvrir : `pinned` (le soignant dont vous avez adopté le programme signé), sa clé publique (`age1…`) ou un fichier qui la contient (le recipient.txt qu’il vous a donné). La sortie est un fichier age ; un export CSV devient une archive tar chiffrée
cli-help-review-about = Pour les soignants : ouvrir en lecture seule les lots d’export des patients (fichiers, ou dossiers qui en contiennent). Ouvre la fenêtre de revue, ou avec --summary affiche le tableau de la patientèle
cli-help-review-paths = Des lots, ou des dossiers qui en contiennent (chaque fichier `.ron` directement dedans)
cli-help-review-summary = Afficher le tableau de la patientèle au lieu d’ouvrir la fenêtre ; code de sortie 1 si un fichier n’a pas pu être ouvert (les autres sont quand même listés)
cli-help-review-json = Avec --summary : afficher un seul objet JSON (lignes et échecs)
cli-help-review-identity = Votre fichier d’identité (identity.txt de `clinician keygen`), pour ouvrir les exports chiffrés pour vous (fichiers `.age`)
cli-help-clinician-about = Pour les soignants : créer les clés qui signent les programmes et ouvrent les exports chiffrés
cli-help-clinician-keygen-about = Créer une nouvelle paire de clés dans un dossier : une identité secrète qui ouvre les exports chiffrés pour vous, une clé secrète qui signe vos programmes, et leurs moitiés publiques à distribuer. Les clés existantes ne sont jamais écrasées
cli-help-clinician-keygen-out = Le dossier où écrire les clés (créé s’il manque, lisible par vous seul)
cli-help-clinician-keygen-name = Le nom que les patients voient sur vos programmes, par exemple "Jeanne Kiné, Clinique de la hanche"
cli-help-remind-about = Afficher les rappels dus maintenant (entraînement, journal) en une seule notification du bureau ; le minuteur de l’application lance ceci. Code de sortie 1 si aucune notification ne peut être affichée
cli-help-remind-at = Décider comme s’il était cette heure locale (YYYY-MM-DDTHH:MM), pour voir ce qui serait dû. Un essai : ce qui est affiché n’est pas noté comme affiché, donc le vrai rappel viendra quand même
cli-help-remind-print-only = Afficher ce qui est dû au lieu de montrer une notification (et ne rien noter comme affiché)
cli-help-remind-wait-for-click = Secondes d’attente d’un clic sur la notification, qui ouvre l’application ; 0 pour quitter tout de suite
cli-help-heading-usage = Utilisation :
cli-help-heading-commands = Commandes{" "}
cli-help-heading-arguments = Arguments{" "}
cli-help-heading-options = Options{" "}
cli-help-help = Afficher l’aide
cli-help-help-short = Afficher l’aide (plus de détails avec '--help')
cli-help-help-long = Afficher l’aide (un résumé avec '-h')
cli-help-version = Afficher la version
cli-help-help-command = Afficher ce message ou l’aide des commandes indiquées
cli-help-value-left-hip = La hanche gauche
cli-help-value-right-hip = La hanche droite
cli-help-value-both-hips = Les deux hanches
cli-help-value-kg = Kilogrammes
cli-help-value-lb = Livres
cli-help-value-normal = Une journée ordinaire
cli-help-value-flare = Une poussée douloureuse
cli-help-value-rest-advised = Repos conseillé par le soignant
cli-help-value-away = Malade ou absent
cli-help-value-injection = Une injection
cli-help-value-clinician-visit = Une visite chez le soignant
cli-help-value-medication-change = Un changement de médicament
cli-help-value-left = Gauche
cli-help-value-right = Droite
cli-help-value-csv = Un dossier de tableaux CSV : séances, séries, journal, événements, PSFS
cli-help-value-bundle = Un fichier RON avec somme de contrôle qui contient tout ; `check` le vérifie
cli-help-value-fhir = Un Bundle FHIR R4 (JSON) d’Observations
cli-help-value-report = Un rapport HTML d’une page avec des graphiques, à lire ou imprimer en A4
cli-help-value-sheet = La fiche du programme : l’image, le niveau, la dose et les consignes de chaque exercice, en A4
cli-help-value-transaction = Chaque entrée avec sa requête : PUT, avec des identifiants qui ne changent pas
cli-help-value-collection = Les ressources seules
