### The Progress tab: charts and the traffic light.
### Every id here starts with "progress-". German.

## The span of the charts

progress-show = Zeigen:
progress-span-four-weeks = 4 Wochen
progress-span-twelve-weeks = 12 Wochen
progress-span-year = 1 Jahr
progress-span-all = Seit dem Beginn
progress-since-start-on = Seit Beginn des Programms am { $date }
progress-means-of-each = { $period ->
    [week] (Mittelwerte je Woche)
    [month] (Mittelwerte je Monat)
    [quarter] (Mittelwerte je Quartal)
    [year] (Mittelwerte je Jahr)
   *[other] (Mittelwerte je Tag)
}

## The status card

progress-status-week = Woche
progress-status-week-not-started = Das Programm hat noch nicht begonnen
progress-status-week-of = { $week } von { $decision_week } (Zwischenstand in Woche { $checkin_week })
progress-status-week-after = { $week } (der Entscheidungspunkt war Woche { $decision_week })
progress-status-sessions = Erledigte Einheiten
progress-status-sessions-value = { $done } (das Programm verlangt mindestens { $minimum } %)
progress-status-this-week = Diese Woche
progress-status-pain-start = Stärkster Schmerz, zu Beginn
progress-status-pain-lately = Stärkster Schmerz, zuletzt
progress-status-pain-unknown = noch nicht genug Tagebucheinträge
progress-out-of-ten = { $score } von 10
progress-status-change = Veränderung
progress-status-change-unknown = noch nicht bekannt
progress-status-target = Ziel
progress-status-target-value = { $points ->
    [one] { $points_text } Punkt besser oder { $pct } % besser, bis Woche { $week }
   *[other] { $points_text } Punkte besser oder { $pct } % besser, bis Woche { $week }
}
progress-status-activity = Aktivitätswerte
progress-status-activity-value = { $change } (Ziel { $target })
progress-points-signed = { $points ->
    [one] { $points_text } Punkt
   *[other] { $points_text } Punkte
}
progress-status-framing = Die Schwellenwerte stammen aus dem Programm, das Ihre Physiotherapeutin oder Ihr Physiotherapeut festgelegt hat („{ $programme }“). Eine Zusammenfassung des Tagebuchs, keine Diagnose.

## Sessions done, in words

progress-adherence-since-start = Seit dem Beginn: { $done } (das Programm verlangt mindestens { $minimum } %).
progress-adherence-with-week = { $since_start } { $this_week }.

## Chart titles and names

progress-pain-title = Stärkster Schmerz jeden Tag (0 keiner, 10 der schlimmste)
progress-chart-pain = stärkster Schmerz
progress-lights-title = Ampel der Einheiten
progress-chart-lights = Ampel der Einheiten
progress-sessions-title = { $period ->
    [month] Erledigte Einheiten je Monat, in % der verordneten
    [quarter] Erledigte Einheiten je Quartal, in % der verordneten
    [year] Erledigte Einheiten je Jahr, in % der verordneten
    [day] Erledigte Einheiten je Tag, in % der verordneten
   *[other] Erledigte Einheiten je Woche, in % der verordneten
}
progress-chart-sessions = erledigte Einheiten
progress-sitting-title = Minuten Sitzen, bis der Schmerz zum Aufstehen zwingt
progress-chart-sitting = Minuten Sitzen
progress-levels-title = Stufe jeder Übung
progress-chart-levels = Stufe jeder Übung
progress-activity-title = Aktivitätswerte (0 unmöglich, 10 wie früher)
progress-chart-activity = Aktivitätswerte

## Series names

progress-series-pain = Stärkster Schmerz
progress-series-flare = Schub
progress-series-sitting = Sitzen
progress-series-sessions = Erledigte Einheiten
progress-series-activity-mean = Mittlerer Aktivitätswert
progress-series-rating = Bewertung
progress-series-injection = Injektion
progress-series-new-programme = Neues Programm von der Physiotherapie
progress-series-mean = { $period ->
    [week] Wochenmittel
    [month] Monatsmittel
    [quarter] Quartalsmittel
    [year] Jahresmittel
   *[other] 7-Tage-Mittel
}
progress-series-pain-start = Zu Beginn: { $score }
progress-series-pain-target = Ziel: { $score } oder weniger
progress-series-sessions-minimum = Das Programm verlangt { $minimum } %
progress-light-name = { $light ->
    [green] Grün
    [amber] Gelb
   *[red] Rot
}
progress-milestone = { $which ->
    [checkin] Zwischenstand (Ende von Woche { $week })
   *[decision] Entscheidungspunkt (Ende von Woche { $week })
}

## Legends

progress-legend-pain-daily = stärkster Schmerz jedes Tages
progress-legend-each-day = jeder Tag
progress-legend-mean = { $period ->
    [week] Wochenmittel
    [month] Monatsmittel
    [quarter] Quartalsmittel
    [year] Jahresmittel
   *[other] 7-Tage-Mittel
}
progress-legend-pain-start = zu Beginn: { $score }
progress-legend-pain-target = Ziel: { $score } oder weniger
progress-legend-flare = Schub
progress-legend-injection = Injektion
progress-legend-new-programme = neues Programm von der Physiotherapie
progress-legend-sessions-met = { $minimum } % oder mehr
progress-legend-sessions-short = darunter
progress-legend-sessions-minimum = was das Programm verlangt
progress-legend-activity = Mittelwert der Aktivitätswerte

## Hover labels

progress-hover-pain = { $date }: stärkster Schmerz { $score } von 10
progress-hover-activity-mean = { $date }: mittlerer Aktivitätswert { $score } von 10
progress-hover-sitting = { $date }: { $minutes } Min.
progress-hover-pain-rolling = Mittel der 7 Tage bis { $date }: { $score } von 10
progress-hover-sitting-rolling = Mittel der 7 Tage bis { $date }: { $minutes } Min.
progress-hover-pain-period = { $days ->
    [one] { $period }: mittlerer stärkster Schmerz { $score } von 10 ({ $days_text } Tag)
   *[other] { $period }: mittlerer stärkster Schmerz { $score } von 10 ({ $days_text } Tage)
}
progress-hover-sitting-period = { $days ->
    [one] { $period }: im Mittel { $minutes } Min. ({ $days_text } Tag)
   *[other] { $period }: im Mittel { $minutes } Min. ({ $days_text } Tage)
}
progress-hover-flare = { $date }: Schub
progress-hover-light = { $light ->
    [green] { $date }: Ampel der Einheit grün
    [amber] { $date }: Ampel der Einheit gelb
   *[red] { $date }: Ampel der Einheit rot
}
progress-hover-sessions = { $period }: { $done } von { $prescribed ->
    [one] { $prescribed_text } Einheit
   *[other] { $prescribed_text } Einheiten
}{ $so_far ->
    [yes] {" "}bisher
   *[no] {""}
} ({ $pct } %), { $meets ->
    [yes] gleich oder über
   *[no] unter
} den { $minimum } %, die das Programm verlangt
progress-hover-level = { $exercise }: Stufe { $level }

## The month calendar

progress-calendar-previous = Voriger Monat
progress-calendar-next = Nächster Monat
progress-calendar-key-done = Einheit erledigt
progress-calendar-key-missed = Trainingstag verpasst
progress-calendar-key-due = Trainingstag steht noch an
progress-calendar-key-rest-advised = Ruhe empfohlen (zählt nicht)
progress-calendar-key-away = krank oder verreist (zählt nicht)
progress-calendar-key-none = Keine Markierung: ein Ruhetag. Ein Rahmen: heute.
progress-weekday-mo = Mo
progress-weekday-tu = Di
progress-weekday-we = Mi
progress-weekday-th = Do
progress-weekday-fr = Fr
progress-weekday-sa = Sa
progress-weekday-su = So

## Shared by every chart

progress-chart = Diagramm: { $name }
