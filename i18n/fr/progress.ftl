### The Progress tab: charts and the traffic light.
### Every id here starts with "progress-". French.

## The span of the charts

progress-show = Afficher :
progress-span-four-weeks = 4 semaines
progress-span-twelve-weeks = 12 semaines
progress-span-year = 1 an
progress-span-all = Depuis le début
progress-since-start-on = Depuis le début du programme, le { $date }
progress-means-of-each = { $period ->
    [week] (moyennes par semaine)
    [month] (moyennes par mois)
    [quarter] (moyennes par trimestre)
    [year] (moyennes par an)
   *[other] (moyennes par jour)
}

## The status card

progress-status-week = Semaine
progress-status-week-not-started = Le programme n’a pas encore commencé
progress-status-week-of = { $week } sur { $decision_week } (point d’étape à la semaine { $checkin_week })
progress-status-week-after = { $week } (le point de décision était la semaine { $decision_week })
progress-status-sessions = Séances faites
progress-status-sessions-value = { $done } (le programme demande au moins { $minimum } %)
progress-status-this-week = Cette semaine
progress-status-pain-start = Douleur la plus forte, au début
progress-status-pain-lately = Douleur la plus forte, ces derniers temps
progress-status-pain-unknown = pas encore assez d’entrées dans le journal
progress-out-of-ten = { $score } sur 10
progress-status-change = Évolution
progress-status-change-unknown = pas encore connue
progress-status-target = Objectif
progress-status-target-value = { $points ->
    [one] { $points_text } point de mieux, ou { $pct } % de mieux, d’ici la semaine { $week }
   *[other] { $points_text } points de mieux, ou { $pct } % de mieux, d’ici la semaine { $week }
}
progress-status-activity = Scores d’activité
progress-status-activity-value = { $change } (objectif { $target })
progress-points-signed = { $points ->
    [one] { $points_text } point
   *[other] { $points_text } points
}
progress-status-framing = Les seuils viennent du programme fixé par votre kinésithérapeute (« { $programme } »). Un résumé du journal, pas un diagnostic.

## Sessions done, in words

progress-adherence-since-start = Depuis le début : { $done } (le programme demande au moins { $minimum } %).
progress-adherence-with-week = { $since_start } { $this_week }.

## Chart titles and names

progress-pain-title = Douleur la plus forte chaque jour (0 aucune, 10 la pire)
progress-chart-pain = douleur la plus forte
progress-lights-title = Feux des séances
progress-chart-lights = feux des séances
progress-sessions-title = { $period ->
    [month] Séances faites chaque mois, en % de celles prescrites
    [quarter] Séances faites chaque trimestre, en % de celles prescrites
    [year] Séances faites chaque année, en % de celles prescrites
    [day] Séances faites chaque jour, en % de celles prescrites
   *[other] Séances faites chaque semaine, en % de celles prescrites
}
progress-chart-sessions = séances faites
progress-sitting-title = Minutes assis avant que la douleur oblige à bouger
progress-chart-sitting = minutes assis
progress-levels-title = Niveau de chaque exercice
progress-chart-levels = niveau de chaque exercice
progress-activity-title = Scores d’activité (0 impossible, 10 comme avant)
progress-chart-activity = scores d’activité

## Series names

progress-series-pain = Douleur la plus forte
progress-series-flare = Poussée
progress-series-sitting = Position assise
progress-series-sessions = Séances faites
progress-series-activity-mean = Score d’activité moyen
progress-series-rating = Note
progress-series-injection = Injection
progress-series-new-programme = Nouveau programme du kinésithérapeute
progress-series-mean = { $period ->
    [week] Moyenne par semaine
    [month] Moyenne par mois
    [quarter] Moyenne par trimestre
    [year] Moyenne par an
   *[other] Moyenne sur 7 jours
}
progress-series-pain-start = Au début : { $score }
progress-series-pain-target = Objectif : { $score } ou moins
progress-series-sessions-minimum = Le programme demande { $minimum } %
progress-light-name = { $light ->
    [green] Vert
    [amber] Orange
   *[red] Rouge
}
progress-milestone = { $which ->
    [checkin] Point d’étape (fin de la semaine { $week })
   *[decision] Point de décision (fin de la semaine { $week })
}

## Legends

progress-legend-pain-daily = douleur la plus forte de chaque jour
progress-legend-each-day = chaque jour
progress-legend-mean = { $period ->
    [week] moyenne par semaine
    [month] moyenne par mois
    [quarter] moyenne par trimestre
    [year] moyenne par an
   *[other] moyenne sur 7 jours
}
progress-legend-pain-start = au début : { $score }
progress-legend-pain-target = objectif : { $score } ou moins
progress-legend-flare = poussée
progress-legend-injection = injection
progress-legend-new-programme = nouveau programme du kinésithérapeute
progress-legend-sessions-met = { $minimum } % ou plus
progress-legend-sessions-short = en dessous
progress-legend-sessions-minimum = ce que demande le programme
progress-legend-activity = moyenne des scores d’activité

## Hover labels

progress-hover-pain = { $date } : douleur la plus forte { $score } sur 10
progress-hover-activity-mean = { $date } : score d’activité moyen { $score } sur 10
progress-hover-sitting = { $date } : { $minutes } min
progress-hover-pain-rolling = Moyenne des 7 jours jusqu’au { $date } : { $score } sur 10
progress-hover-sitting-rolling = Moyenne des 7 jours jusqu’au { $date } : { $minutes } min
progress-hover-pain-period = { $days ->
    [one] { $period } : douleur la plus forte moyenne { $score } sur 10 ({ $days_text } jour)
   *[other] { $period } : douleur la plus forte moyenne { $score } sur 10 ({ $days_text } jours)
}
progress-hover-sitting-period = { $days ->
    [one] { $period } : en moyenne { $minutes } min ({ $days_text } jour)
   *[other] { $period } : en moyenne { $minutes } min ({ $days_text } jours)
}
progress-hover-flare = { $date } : poussée
progress-hover-light = { $light ->
    [green] { $date } : feu de la séance vert
    [amber] { $date } : feu de la séance orange
   *[red] { $date } : feu de la séance rouge
}
progress-hover-sessions = { $period } : { $done } sur { $prescribed ->
    [one] { $prescribed_text } séance
   *[other] { $prescribed_text } séances
}{ $so_far ->
    [yes] {" "}jusqu’ici
   *[no] {""}
} ({ $pct } %), { $meets ->
    [yes] au niveau ou au-dessus
   *[no] en dessous
} des { $minimum } % que demande le programme
progress-hover-level = { $exercise } : niveau { $level }

## The month calendar

progress-calendar-previous = Mois précédent
progress-calendar-next = Mois suivant
progress-calendar-key-done = séance faite
progress-calendar-key-missed = jour d’entraînement manqué
progress-calendar-key-due = jour d’entraînement à venir
progress-calendar-key-rest-advised = repos conseillé (non compté)
progress-calendar-key-away = malade ou absent (non compté)
progress-calendar-key-none = Pas de marque : un jour de repos. Un cadre : aujourd’hui.
progress-weekday-mo = Lu
progress-weekday-tu = Ma
progress-weekday-we = Me
progress-weekday-th = Je
progress-weekday-fr = Ve
progress-weekday-sa = Sa
progress-weekday-su = Di

## Shared by every chart

progress-chart = Graphique : { $name }
