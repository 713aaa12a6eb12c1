### The Diary tab.
### Every id here starts with "diary-". German.

## Changes not saved yet

diary-unsaved-change = Die Änderung am Tagebucheintrag vom { $day } ist noch nicht gespeichert.
diary-unsaved-new = Der Tagebucheintrag vom { $day } ist noch nicht gespeichert.
diary-leave-question = Ihre Änderungen im Tagebuch vom { $date } sind nicht gespeichert.
diary-leave-go = Ungespeichert lassen und wechseln
diary-leave-stay = Beim { $day } bleiben

## The diary form

diary-for = Tagebuch für
diary-day = Tagebuchtag
diary-back-to-today = Zurück zu heute
diary-day-taken = Für { $date } gibt es schon einen Tagebucheintrag: Es gibt einen pro Tag.
diary-show-that-entry = Stattdessen diesen Eintrag zeigen
diary-save-changes = Änderungen speichern
diary-save-entry = Tagebucheintrag speichern
diary-choose-both-scores = Wählen Sie beide Schmerzwerte, um zu speichern.
diary-pain-now-question = Schmerz im Moment
diary-pain-now-scale = Schmerz jetzt
diary-pain-from-morning = { $score } haben Sie heute Morgen angegeben. Ändern Sie den Wert, wenn der Schmerz jetzt anders ist.
diary-worst-pain = Stärkster Schmerz in den letzten 24 Stunden
diary-sitting-question = Wie lange können Sie sitzen, bis der Schmerz Sie zum Aufstehen zwingt?
diary-sitting-suffix = {" "}Minuten
diary-sitting-name = Sitzdauer in Minuten
diary-sitting-not-noticed = Heute nicht darauf geachtet
diary-where-question = Wo haben Sie es gespürt?
diary-where-buttock = Gesäß
diary-where-hip = Hüfte
diary-where-groin = Leiste
diary-where-back-of-thigh = Rückseite des Oberschenkels
diary-where-snapping = Ein Schnappen oder Klacken in der Hüfte
diary-day-question = Wie war der Tag?
diary-note = Notiz (freiwillig)

## The box over a day's saved entry

diary-saved-box-changed = { $which ->
    [today] Änderungen am heutigen Tagebuch noch nicht gespeichert
   *[other] Änderungen am Tagebuch vom { $date } noch nicht gespeichert
}
diary-saved-box-changed-body = Der früher gespeicherte Eintrag bleibt, wie er war, bis Sie auf „Änderungen speichern“ drücken.
diary-saved-box-done = { $which ->
    [today] Das heutige Tagebuch ist erledigt (gespeichert um { $time }).
   *[other] Das Tagebuch vom { $date } ist erledigt (gespeichert um { $time }).
}
diary-saved-box-done-body = Sie können es unten ändern: Es gibt einen Eintrag pro Tag.

## The weekly activity scores

diary-activity-title = Wöchentliche Aktivitätswerte
diary-activity-explained = Bis zu drei alltägliche Tätigkeiten, die Ihnen wegen der Hüfte schwerfallen, einmal pro Woche bewertet: 0 heißt, Sie können es nicht, 10 heißt, Sie können es so gut wie vor den Beschwerden.
diary-activity-score = { $activity } { $score }
diary-list-separator = {", "}
diary-activity-scored = Diese Woche bewertet am { $date }: { $scores }.
diary-activity-change = Tätigkeiten ändern
diary-activity-hint-film = zum Beispiel: einen Film lang sitzen
diary-activity-hint-shops = zum Beispiel: zu Fuß einkaufen gehen
diary-activity-hint-car = zum Beispiel: ins Auto ein- und aussteigen
diary-activity-name = Tätigkeit { $number }
diary-activity-save-activities = Tätigkeiten speichern
diary-activity-score-for = Wert für { $activity }
diary-activity-save-scores = Werte speichern
diary-activity-saved = Werte gespeichert.

## Adding an event

diary-event-title = Ein Ereignis hinzufügen
diary-event-clinician-visit = Behandlungstermin
diary-event-injection = Injektion
diary-event-medication-change = Änderung der Medikamente
diary-event-on = Am
diary-event-date = Datum des Ereignisses
diary-event-side = Seite:
diary-event-side-left = Linke Seite
diary-event-side-right = Rechte Seite
diary-event-guided-by = Geführt mit:
diary-event-guided-ultrasound = Ultraschall
diary-event-guided-ct = CT
diary-event-guided-other = Anderes oder nicht sicher
diary-event-note-hint = Notiz (freiwillig)
diary-event-note = Notiz zum Ereignis
diary-event-save = Ereignis speichern
diary-event-saved = Ereignis gespeichert.

## The date picker

diary-picker-earlier = Einen Tag früher
diary-picker-earlier-named = { $name }: einen Tag früher
diary-picker-later = Einen Tag später
diary-picker-later-named = { $name }: einen Tag später
diary-picker-calendar = Den Tag im Kalender wählen
diary-picker-day-named = { $name }: { $date }
diary-picker-month-before = { $name }: Monat davor
diary-picker-month-after = { $name }: Monat danach
