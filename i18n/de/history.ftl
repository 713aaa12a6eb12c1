### The History tab.
### Every id here starts with "history-". German.


history-title = Verlauf
history-still-reading = Ältere Einträge werden noch gelesen (noch { $count ->
    [one] { $count } Monat
   *[other] { $count } Monate
})…
history-counts = { $sessions ->
    [one] { $sessions } Einheit
   *[other] { $sessions } Einheiten
}, { $diary ->
    [one] { $diary } Tagebucheintrag
   *[other] { $diary } Tagebucheinträge
}, { $events ->
    [one] { $events } Ereignis
   *[other] { $events } Ereignisse
}. Neueste zuerst.
history-programme-from = Ab { $date }: Programm von der Therapeutin oder dem Therapeuten, „{ $name }“ ({ $count ->
    [one] { $count } Einheit
   *[other] { $count } Einheiten
} pro Woche).
history-show = Zeigen:
history-filter-everything = Alles
history-filter-sessions = Einheiten
history-filter-diary = Tagebuch
history-filter-events = Ereignisse
history-filter-scores = Aktivitätswerte
history-empty = Noch nichts eingetragen. Ihre Einheiten und Tagebucheinträge erscheinen hier.
history-go-to = Gehe zu:
history-go-to-month-choice = einem Monat…
history-go-to-month = Zu einem Monat gehen
history-go-to-day = Zu einem Tag gehen
history-home-end = Pos1: neueste, Ende: älteste
history-row-when = { $weekday } { $day_month } { $year } { $time }
history-edit = Bearbeiten
history-delete = Löschen
history-edit-name = { $when } bearbeiten
history-delete-name = { $when } löschen
history-unsaved = Die Änderung an: { $entry } ist noch nicht gespeichert.

history-session-names = Einheit: { $names }, { $sets ->
    [one] { $sets } Satz
   *[other] { $sets } Sätze
}
history-session-count = Einheit: { $count } Übungen, { $sets ->
    [one] { $sets } Satz
   *[other] { $sets } Sätze
}
history-session-pain-during = Schmerz währenddessen bis { $pain }
history-session-next-morning = am nächsten Morgen { $pain }
history-diary = Tagebuch: Schmerz jetzt { $pain_now }, stärkster in 24 h { $worst }
history-diary-sitting = Sitzen { $mins } min
history-event-side = { $side } Seite
history-event-signs = eingetragen: { $count }
history-event-level = { $name }, Stufe { $from } auf { $to }
history-scores = Aktivitätswerte: { $scores }

history-editor-title = Eintrag bearbeiten
history-editor-save = Änderungen speichern
history-editor-cancel = Abbrechen
history-editor-not-saved = Ihre Änderungen an diesem Eintrag sind nicht gespeichert.
history-editor-discard = Änderungen verwerfen
history-editor-keep-editing = Weiter bearbeiten
history-editor-changed = Geändert, noch nicht gespeichert.
history-editor-date = Datum
history-editor-date-name = Datum des Eintrags
history-editor-date-too-late = Das Datum darf nicht nach morgen liegen.
history-editor-pain-now = Schmerz jetzt
history-editor-pain-now-name = Schmerz jetzt bearbeiten
history-editor-worst-pain = Stärkster Schmerz in den letzten 24 Stunden
history-editor-worst-pain-name = Stärksten Schmerz bearbeiten
history-editor-sitting = Sitzdauer
history-editor-minutes = Minuten
history-editor-sitting-name = Sitzdauer in Minuten bearbeiten
history-editor-note-name = Notiz bearbeiten
history-editor-score-name = Wert für { $activity } bearbeiten
history-editor-next-morning = Schmerz am nächsten Morgen
history-editor-clear = Leeren
history-editor-next-morning-name = Schmerz am nächsten Morgen bearbeiten
history-editor-exercise = { $name } (Stufe { $level })
history-editor-set = Satz { $set }
history-editor-set-side = Satz { $set }, { $side } Seite
history-editor-set-name = { $name } Satz { $set } bearbeiten
history-editor-set-name-side = { $name } Satz { $set }, { $side } Seite bearbeiten
history-editor-pain-during-name = Schmerz bei { $name } bearbeiten
history-editor-choose-pain-now = Bitte wählen Sie den Schmerz jetzt.
history-editor-choose-worst-pain = Bitte wählen Sie den stärksten Schmerz.
history-editor-score-every-activity = Bitte bewerten Sie jede Aktivität.
