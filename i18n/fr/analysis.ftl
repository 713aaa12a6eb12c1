### The analysis' words: the status, the reasons behind it (the findings) in the patient's
### voice and the clinician's, the session lights, and the numbers every surface shares.
### Every id here starts with "analysis-". French.

## Numbers shared by every screen.

analysis-percent = { $number }{"\u202F"}%
analysis-points = { $value ->
    [one] { $value_text } point
   *[other] { $value_text } points
}
analysis-sessions-about = environ { $count }
analysis-adherence-none = aucune prévue pour l’instant
analysis-adherence = { $pct } des séances prévues jusqu’ici ({ $counted } sur { $prescribed })
analysis-adherence-part-week = { $pct } des séances prévues jusqu’ici ({ $counted } sur { $prescribed } : la semaine en cours ne compte que ses jours passés)
analysis-week-sessions = { $done ->
    [one] { $done } séance sur { $per_week } cette semaine
   *[other] { $done } séances sur { $per_week } cette semaine
}
analysis-change-none = aucun changement
analysis-change-better = amélioration de { $points }
analysis-change-better-share = amélioration de { $points } ({ $share })
analysis-change-worse = aggravation de { $points }
analysis-change-worse-share = aggravation de { $points } ({ $share })

## The status.

analysis-status-seek-care-now = Consultez sans attendre
analysis-status-seek-care-now-meaning = Vous avez noté un signe d’alerte qui demande une aide médicale aujourd’hui. N’attendez pas votre prochain rendez-vous : la page Signes d’alerte indique qui contacter.
analysis-status-seek-care-now-clinician = Signe d’alerte : soins le jour même conseillés
analysis-status-seek-care-now-meaning-clinician = Le patient a noté un signe d’alerte et aucune visite clinique n’a été notée depuis. L’application lui a conseillé de consulter un médecin aujourd’hui.
analysis-status-contact-clinician-soon = Contactez bientôt votre soignant
analysis-status-contact-clinician-soon-meaning = Quelque chose dans votre journal demande bientôt l’attention de votre soignant, avant le prochain bilan prévu. Les raisons ci-dessous disent quoi.
analysis-status-contact-clinician-soon-clinician = Contact nécessaire avant le prochain bilan
analysis-status-contact-clinician-soon-meaning-clinician = Un élément du journal du patient demande l’attention d’un soignant avant le prochain bilan prévu (les raisons ci-dessous disent lequel). L’application a demandé au patient de prendre contact bientôt.
analysis-status-no-recent-entries = Rien de noté ces derniers temps
analysis-status-no-recent-entries-meaning = Votre journal n’a plus d’entrées depuis un moment : il ne peut donc pas montrer comment se passe le programme. Notez la douleur d’aujourd’hui et chaque séance faite ; si vous avez arrêté le programme, prévenez votre soignant.
analysis-status-no-recent-entries-clinician = Pas d’entrées récentes : journal silencieux
analysis-status-no-recent-entries-meaning-clinician = Rien de noté pendant plus de jours que le programme ne le permet : le journal ne peut pas montrer comment se passe le programme, il n’est donc pas évalué. Un appel serait utile.
analysis-status-keep-going = Continuez
analysis-status-keep-going-meaning = Poursuivez le programme tel que votre soignant l’a fixé. Votre journal est comparé aux objectifs du plan au point de décision.
analysis-status-keep-going-clinician = Programme en cours, aucune décision due
analysis-status-keep-going-meaning-clinician = Le programme est en cours. Le journal est évalué par rapport aux objectifs du programme au point de décision.
analysis-status-review-plan = Revoyez le plan avec votre soignant
analysis-status-review-plan-meaning = Moins de séances ont été faites que le programme n’en demande pour être jugé équitablement. Parlez du plan avec votre soignant : ce qui a gêné, et s’il faut le modifier.
analysis-status-review-plan-clinician = Point de décision : trop peu de séances
analysis-status-review-plan-meaning-clinician = Au point de décision, moins de séances ont été faites que le programme n’en fixe pour un essai équitable : le journal ne peut donc pas montrer si le programme fonctionne. Le plan est à revoir avec le patient.
analysis-status-discuss-next-steps = Parlez des prochaines étapes avec votre soignant
analysis-status-discuss-next-steps-meaning = Votre journal montre que la douleur n’a pas changé de la valeur convenue dans votre programme. Selon votre programme, c’est le moment de parler des prochaines étapes avec votre soignant, y compris de l’opportunité d’un avis sur une injection.
analysis-status-discuss-next-steps-clinician = Point de décision : changement non atteint
analysis-status-discuss-next-steps-meaning-clinician = Au point de décision, avec assez de séances faites, la douleur maximale n’a pas changé de la valeur fixée dans le programme. Selon les termes du programme, les prochaines étapes sont à discuter, y compris l’opportunité d’un avis sur une injection.
analysis-status-improving = Amélioration : continuez
analysis-status-improving-meaning = Votre journal montre le changement convenu dans votre programme. Continuez, et tenez votre soignant informé.
analysis-status-improving-clinician = Amélioration comme convenu
analysis-status-improving-meaning-clinician = Au point de décision, le journal du patient montre le changement fixé dans le programme.

## A session's traffic light.

analysis-light-green = Vert
analysis-light-amber = Orange
analysis-light-red = Rouge
analysis-light-green-meaning = bien : continuez
analysis-light-amber-meaning = acceptable : restez au même niveau
analysis-light-red-meaning = trop : reculez d’un niveau

## The reasons behind a status.

analysis-warning-sign-today-patient = Vous avez noté un signe d’alerte le { $date } : { $sign }. Cela demande une aide médicale aujourd’hui : la page Signes d’alerte indique qui contacter.
analysis-warning-sign-soon-patient = Vous avez noté un signe d’alerte le { $date } : { $sign }. Consultez votre médecin à ce sujet bientôt, avant votre prochain bilan prévu.
analysis-warning-sign-clinician = Signe d’alerte noté le { $date } : { $sign } ({ $advice }).
analysis-warning-signs-held = { $voice ->
    [clinician] Reste en haut du statut jusqu’à ce qu’une visite clinique soit notée après.
   *[patient] Ceci reste en haut jusqu’à ce qu’une visite clinique soit notée après le signe d’alerte.
}

analysis-worsening-window = { $mean } sur les 7 jours jusqu’au { $date }
analysis-worsening-then = { $first }, puis { $next }
analysis-worsening-patient = Votre douleur maximale moyenne était de { $means } : au moins { $limit }, soit votre niveau de départ de { $baseline } plus les { $points } fixés dans votre programme.
analysis-worsening-rule-patient = { $weeks ->
    [one] Votre programme vous demande de contacter bientôt votre soignant quand la douleur reste aussi forte pendant { $weeks } semaine.
   *[other] Votre programme vous demande de contacter bientôt votre soignant quand la douleur reste aussi forte { $weeks } semaines de suite.
}
analysis-worsening-clinician = { $weeks ->
    [one] Douleur maximale moyenne { $means } : au moins { $limit } (niveau de départ { $baseline } plus les { $points } fixés par le programme), { $weeks } semaine.
   *[other] Douleur maximale moyenne { $means } : au moins { $limit } (niveau de départ { $baseline } plus les { $points } fixés par le programme), { $weeks } semaines de suite.
}

analysis-quiet = { $voice ->
    [clinician] Aucune entrée depuis le { $date } : { $days } jours sans entrée (le programme considère { $quiet_after } comme silencieux).
   *[patient] Rien n’a été noté depuis le { $date } : { $days ->
            [one] { $days } jour
           *[other] { $days } jours
        }. Votre programme considère { $quiet_after } jours sans entrée comme un journal silencieux : il n’est donc pas jugé sur des entrées qui se sont arrêtées.
}
analysis-quiet-never = { $voice ->
    [clinician] Aucune entrée depuis le début du programme : { $days } jours sans entrée (le programme considère { $quiet_after } comme silencieux).
   *[patient] Rien n’a été noté depuis le début du programme : { $days ->
            [one] { $days } jour
           *[other] { $days } jours
        }. Votre programme considère { $quiet_after } jours sans entrée comme un journal silencieux : il n’est donc pas jugé sur des entrées qui se sont arrêtées.
}

analysis-decision-too-few-entries = { $voice ->
    [clinician] Semaine { $week } : le point de décision (fin de la semaine { $decision_week }) est passé, mais le journal contient trop peu d’entrées pour comparer la douleur.
   *[patient] Semaine { $week } du programme : le point de décision fixé dans votre programme (la fin de la semaine { $decision_week }) est atteint, mais le journal ne contient pas encore assez d’entrées pour y comparer la douleur.
}
analysis-not-started = { $voice ->
    [clinician] Le programme n’a pas encore commencé ; le point de décision est la fin de la semaine { $decision_week } ({ $date }).
   *[patient] Le programme n’a pas encore commencé. Votre journal sera comparé aux objectifs du plan à la fin de la semaine { $decision_week } ({ $date }).
}
analysis-before-decision = { $voice ->
    [clinician] Semaine { $week } sur { $decision_week } ; le point de décision est la fin de la semaine { $decision_week } ({ $date }).
   *[patient] Semaine { $week } sur { $decision_week } : votre journal sera comparé aux objectifs du plan à la fin de la semaine { $decision_week } ({ $date }), comme le fixe votre programme.
}
analysis-check-in = { $voice ->
    [clinician] C’est le point d’étape de la semaine { $week } prévu par le programme.
   *[patient] C’est le point d’étape de la semaine { $week } prévu par votre programme : un bon moment pour montrer ce résumé à votre soignant.
}

analysis-sessions-none = { $voice ->
    [clinician] Aucune séance prescrite pour l’instant (jours de repos conseillés et d’absence exclus).
   *[patient] Aucune séance n’a encore été prescrite (les jours de repos conseillés et les jours d’absence ne comptent pas).
}
analysis-sessions = { $voice ->
    [clinician] Séances : { $pct } de celles prescrites ({ $done } faites sur { $prescribed } prescrites, jours de repos conseillés et d’absence exclus). Le programme fixe au moins { $min }.
   *[patient] Séances : { $pct } de celles prescrites jusqu’ici ({ $done } faites, { $prescribed } prescrites, sans compter les jours de repos conseillés ou d’absence). Votre programme demande au moins { $min }.
}

analysis-pain = { $voice ->
    [clinician] Douleur maximale : moyenne { $baseline } { $source ->
            [first-days] pendant les premiers jours du programme
           *[days-before] pendant les jours avant le programme
        }, { $current } sur les { $days } derniers jours : { $change }. Objectif : au moins { $target_points } ou { $target_pct } de mieux (objectif du programme).
   *[patient] Douleur maximale : en moyenne { $baseline } { $source ->
            [first-days] pendant vos premiers jours de programme
           *[days-before] pendant les jours avant le programme
        }, { $current } sur les { $days } derniers jours : { $change }. L’objectif est au moins { $target_points } ou { $target_pct } de mieux (fixé dans votre programme).
}
analysis-pain-too-few = { $voice ->
    [clinician] Trop peu d’entrées pour comparer la douleur : le programme demande { $baseline_min } jours avec une entrée pendant les { $baseline_days } premiers jours (ou les { $baseline_days } jours avant le début ; { $baseline_logged } notés) et { $current_min } pendant les { $current_days } derniers jours ({ $current_logged } notés).
   *[patient] Il n’y a pas encore assez d’entrées dans le journal pour comparer la douleur. Votre programme demande { $baseline_min } jours avec une entrée pendant les { $baseline_days } premiers jours (ou pendant les { $baseline_days } jours avant le début ; { $baseline_logged } jusqu’ici) et { $current_min } pendant les { $current_days } derniers jours ({ $current_logged } jusqu’ici).
}

analysis-after-weeks = Après { $decision_week } semaines
analysis-by-week = À la semaine { $week } (le point de décision était la fin de la semaine { $decision_week })
analysis-too-few-sessions = { $voice ->
    [clinician] { $after }, { $done } des séances prescrites ont été faites, moins que les { $min } que fixe le programme : selon ses propres termes, le plan n’a pas été pleinement essayé.
   *[patient] { $after }, { $done } des séances prescrites ont été faites, moins que les { $min } que fixe votre programme. Selon les termes du plan lui-même, il n’a pas encore été pleinement essayé : le journal ne peut donc pas montrer s’il fonctionne.
}
analysis-change-not-reached = { $voice ->
    [clinician] { $after }, avec { $done } des séances prescrites faites, la douleur maximale n’a pas changé de la valeur fixée dans le programme.
   *[patient] { $after }, avec { $done } des séances prescrites faites, votre journal montre que la douleur maximale n’a pas changé de la valeur convenue dans votre programme.
}
analysis-change-reached = { $voice ->
    [clinician] { $after }, avec { $done } des séances prescrites faites, le journal du patient montre le changement fixé dans le programme.
   *[patient] { $after }, avec { $done } des séances prescrites faites, votre journal montre le changement convenu dans votre programme.
}
analysis-next-steps-patient = Selon votre programme, c’est le moment de parler des prochaines étapes avec votre soignant, y compris de l’opportunité d’un avis sur une injection.

analysis-psfs = { $voice ->
    [clinician] Moyenne PSFS { $direction ->
            [rose] en hausse
           *[fell] en baisse
        } de { $by } (changement important selon le programme : { $important }).
   *[patient] Vos scores d’activité (PSFS) { $direction ->
            [rose] ont augmenté
           *[fell] ont baissé
        } de { $by } ; votre programme considère { $important } comme un changement important.
}

analysis-injection = { $voice ->
    [clinician] Depuis l’injection du { $date } : douleur maximale { $before } pendant les { $before_days } jours avant, { $now } { $ongoing ->
            [yes] sur les { $now_days } derniers jours
           *[no] pendant les { $now_days } jours jusqu’au { $now_to }
        } : { $change }.
   *[patient] Depuis l’injection du { $date } : douleur maximale { $before } pendant les { $before_days } jours avant, { $now } { $ongoing ->
            [yes] sur les { $now_days } derniers jours
           *[no] pendant les { $now_days } jours jusqu’au { $now_to }
        } : { $change }.
}
analysis-injection-not-measured = { $voice ->
    [clinician] Injection notée le { $date } ; son effet sera mesuré dès qu’il y aura { $before_min } entrées pendant les { $before_days } jours avant et { $after_min } après.
   *[patient] Une injection a été notée le { $date }. Son effet sera mesuré dès qu’il y aura { $before_min } entrées dans le journal pendant les { $before_days } jours avant et { $after_min } après.
}

## Suggestions after a session.

analysis-suggest-next-level = Vos deux dernières séances étaient vertes et vous avez atteint le haut de la fourchette. Passer au niveau { $level } ?
analysis-suggest-next-level-named = Vos deux dernières séances étaient vertes et vous avez atteint le haut de la fourchette. Passer au niveau { $level } : { $name } ?
analysis-suggest-more-load = Vos deux dernières séances étaient vertes, en haut de la fourchette. Vous pourriez ajouter un peu de poids (2 à 10 %) la prochaine fois.
analysis-suggest-level-down = Votre dernière séance était rouge. Redescendre au niveau { $level } pendant un temps peut aider.
analysis-suggest-level-down-named = Votre dernière séance était rouge. Redescendre au niveau { $level } : { $name } pendant un temps peut aider.
analysis-suggest-fewer-reps = Votre dernière séance était rouge. Faire moins de répétitions (ou des maintiens plus courts) la prochaine fois peut aider.

## The month calendar.

analysis-day-before-start = avant le début du programme
analysis-day-done = séance faite
analysis-day-rest-advised = repos conseillé par le soignant, non compté
analysis-day-away = malade ou absent, non compté
analysis-day-missed = jour d’entraînement manqué
analysis-day-rest = jour de repos
analysis-day-due = jour d’entraînement
analysis-calendar-day = { $date } : { $what }
analysis-calendar-today = { $date }, aujourd’hui : { $what }

## Reminders.

analysis-reminder-training-title = C’est l’heure de vos exercices
analysis-reminder-training-body = Aujourd’hui est un jour d’entraînement de votre programme. Ouvrez l’application pour noter votre séance quand vous l’aurez faite.
analysis-reminder-diary-title = Votre journal du jour
analysis-reminder-diary-body = Comment était votre douleur aujourd’hui ? La noter prend une minute et vous aide, vous et votre kinésithérapeute, à voir comment les choses évoluent.
analysis-reminder-no-training-days = aucun jour (votre programme n’a pas de jours d’entraînement)
analysis-reminder-training = Un rappel à { $time } le { $days }, sauf si vous avez noté votre séance ou si votre journal indique repos ou absence.
analysis-reminder-diary = Un rappel à { $time } chaque jour, sauf si vous avez écrit l’entrée du journal de ce jour.
analysis-reminder-none = Pas de rappels : l’application ne vous rappellera rien.

## Periods of the charts.

analysis-period-week-name = semaine { $week } (à partir du { $date })
analysis-period-quarter-name = T{ $quarter } { $year }
analysis-period-noun = { $period ->
    [day] jour
    [month] mois
    [quarter] trimestre
    [year] année
   *[week] semaine
}

## An exercise's sets in a few words.

analysis-sets-none = aucune série
analysis-sets-hold-secs = { $secs } s
analysis-sets-same = { $count } × { $amount }
analysis-sets-same-each-side = { $count } × { $amount } de chaque côté
analysis-sets-same-holds = { $count } × { $amount } de maintien
analysis-sets-same-holds-each-side = { $count } × { $amount } de maintien de chaque côté
analysis-sets-listed-reps = { $list } répétitions
analysis-sets-listed-holds = { $list } de maintien
analysis-list-and = { $rest } et { $last }
analysis-load-body-weight = poids du corps
analysis-load-band = élastique { $strength }
analysis-load-band-doubled = élastique { $strength }, doublé
