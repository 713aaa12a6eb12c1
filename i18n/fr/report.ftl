### The clinician's report page.
### Every id here starts with "report-". French.

## Le rapport d'une page pour le clinicien : factuel, à la troisième personne.

report-title = Exercices à domicile : rapport pour le clinicien
report-patient = Patient { $name }
report-patient-pseudonym = Patient { $name } (pseudonyme : aucun code n'a été donné)
report-meta = { $programme } · début le { $start } · côté atteint : { $side } · du { $first } au { $last } · export { $exported } { $time }
report-footer = Journal du patient, résumé au regard du plan fixé par le clinicien ; pas un diagnostic. Seuils tirés du fichier de programme « { $programme } ». Produit par rehab-tracker { $version }.
report-no-data = le dossier de données n'a pas encore de profil ni de programme : il n'y a rien à présenter

## Chiffres clés

report-number-week = Semaine
report-number-week-value = { $week } (bilan semaine { $checkin }, décision fin de semaine { $decision })
report-number-sessions = Séances faites
report-number-sessions-value = { $adherence } ; seuil { $threshold } %
report-number-baseline = Douleur max. au début
report-number-baseline-first = { $pain } / 10 ({ $days ->
        [one] { $days_text } premier jour
       *[other] { $days_text } premiers jours
    })
report-number-baseline-before = { $pain } / 10 ({ $days ->
        [one] { $days_text } jour avant le début
       *[other] { $days_text } jours avant le début
    })
report-number-baseline-not-yet = non calculée : { $needs ->
        [one] { $needs_text } jour
       *[other] { $needs_text } jours
    } avec saisie requis sur { $days ->
        [one] { $days_text } jour
       *[other] { $days_text } jours
    } ({ $have_text } saisis)
report-number-current = Douleur max. récente
report-number-current-value = { $pain } / 10 ({ $days ->
        [one] dernier jour
       *[other] { $days_text } derniers jours
    })
report-number-current-not-yet = non calculée : { $needs ->
        [one] { $needs_text } jour
       *[other] { $needs_text } jours
    } avec saisie requis sur { $days ->
        [one] { $days_text } jour
       *[other] { $days_text } jours
    } ({ $have_text } saisis)
report-number-change = Évolution
report-number-change-value = { $change } ; objectif { $points } ou { $percent } %
report-number-change-not-yet = pas encore calculée (il faut les deux valeurs)
report-number-psfs = PSFS
report-number-psfs-value = moyenne { $start } au début, { $lately } récemment : { $change } (changement significatif : { $important })
report-number-psfs-no-start = évolution non calculée : aucune cotation { $days ->
        [one] le premier jour
       *[other] dans les { $days_text } premiers jours
    } du programme ni { $days ->
        [one] le jour
       *[other] dans les { $days_text } jours
    } précédents
report-number-psfs-no-lately = évolution non calculée : aucune cotation { $days ->
        [one] le dernier jour
       *[other] dans les { $days_text } derniers jours
    }
report-number-sitting = Tolérance assise
report-minutes = { $minutes } min
report-number-sitting-both = { $start } au début, { $lately } récemment ({ $change })
report-number-sitting-start-only = { $start } au début ; trop peu de saisies récentes
report-number-sitting-lately-only = { $lately } récemment ; trop peu de saisies au début
report-number-sitting-none = trop peu de saisies pour calculer

## Graphiques

report-chart-pain = Douleur max., moyenne { $period ->
        [day] quotidienne
        [week] hebdomadaire
        [quarter] trimestrielle
        [year] annuelle
       *[month] mensuelle
    } (0-10)
report-chart-sessions = Séances faites, % du prescrit ({ $period ->
        [day] par jour
        [week] par semaine
        [quarter] par trimestre
        [year] par an
       *[month] par mois
    })
report-chart-start = début { $value }
report-chart-target = objectif { $value }
report-chart-threshold = seuil { $value } %
report-chart-injection = injection
report-chart-injection-side = injection { $side }
report-chart-empty = aucune saisie sur cette période

## Les quatre dernières semaines

report-recent-heading = Les quatre dernières semaines
report-recent-week = Sem. { $week } : { $from }–{ $to }
report-recent-sessions = Séances (faites/prévues)
report-recent-lights = Feux
report-lights-green = { $count ->
        [one] { $count_text } vert
       *[other] { $count_text } verts
    }
report-lights-amber = { $count ->
       *[other] { $count_text } orange
    }
report-lights-red = { $count ->
        [one] { $count_text } rouge
       *[other] { $count_text } rouges
    }
report-lights-provisional = { $count ->
        [one] { $count_text } provisoire
       *[other] { $count_text } provisoires
    }
report-lights-none = aucun
report-recent-pain = Douleur moy. (max.)
report-recent-no-entries = aucune saisie
report-dose = N{ $level } { $sets }×{ $each }{ $sided ->
        [yes] {" "}par côté
       *[no] {""}
    }{ $load ->
        [none] {""}
       *[other] , { $load } kg
    }
report-dose-seconds = { $seconds } s
report-dose-not-done = non fait
report-dose-legend = Dose : niveau le plus haut de la semaine (N), séries × répétitions (ou secondes tenues) par séance, charge ajoutée maximale.

## Événements et cotations

report-events-heading = Événements et cotations de la période
report-section-warning-signs = Signes d'alerte
report-section-injections = Infiltrations
report-section-medication = Changements de médicaments
report-section-visits = Consultations cliniques
report-section-levels = Changements de niveau
report-section-flares = Jours de poussée
report-section-psfs = Cotations PSFS
report-section-empty = Rien de saisi.
report-section-earlier = { $count ->
        [one] et { $count_text } antérieur (tous dans les exports CSV, archive et FHIR)
       *[other] et { $count_text } antérieurs (tous dans les exports CSV, archive et FHIR)
    }
report-note = Note : « { $note } »
report-warning-item = { $date } { $time } : { $signs } ; { $state }.
report-warning-standing = toujours en cours : aucune consultation clinique notée depuis
report-warning-seen = une consultation clinique a été notée ensuite
report-injection-item = { $date } : { $side }{ $guidance }{ $effect }.
report-injection-side = côté { $side }
report-injection-no-side = côté non précisé
report-injection-effect = ; douleur maximale { $before } avant, { $after } au { $until } : { $change }
report-level-item = { $date } : { $exercise }, niveau { $from } à { $to }.
report-flare-day = { $date }.
report-flare-run = du { $from } au { $to } ({ $days ->
        [one] { $days_text } jour
       *[other] { $days_text } jours
    }).
report-psfs-item = { $date } : moyenne { $mean } ({ $scores }).
report-dated-item = { $date }.

## Notes du patient

report-note-diary = { $date } (journal) : { $note }
report-note-session = { $date } (séance) : { $note }
report-notes-heading = Les notes du patient depuis le { $date }
report-notes-earlier = { $count ->
        [one] { $count_text } note antérieure figure dans les exports CSV et archive.
       *[other] { $count_text } notes antérieures figurent dans les exports CSV et archive.
    }
report-notes-none-since = Aucune note depuis le { $date } ; { $count ->
        [one] { $count_text } antérieure dans les exports CSV et archive.
       *[other] { $count_text } antérieures dans les exports CSV et archive.
    }
report-notes-next-page = Les notes du patient ({ $count_text }) sont à la page suivante.
report-appendix-heading = { $title } : les notes du patient
report-page-number = page { $page } sur { $pages }

## La fiche d'exercices imprimée, pour le patient (vouvoiement).

report-sheet-title = Votre programme d'exercices
report-sheet-meta = { $programme } · { $sessions ->
        [one] { $sessions_text } séance par semaine
       *[other] { $sessions_text } séances par semaine
    } · imprimé le { $date } · dessins pour le côté : { $side }
report-sheet-level = Niveau { $level } sur { $levels } : { $name }
report-sheet-dose-each-side = { $dose }, de chaque côté
report-sheet-remember = À retenir : { $cue }
report-sheet-all-levels = Les exercices à chaque niveau
report-sheet-level-caption = Niveau { $level } : { $name }
report-sheet-no-programme = il n'y a pas de programme à imprimer : configurez d'abord l'application
