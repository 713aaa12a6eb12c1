### The Today tab: the session and its sets.
### Every id here starts with "today-". German.


today-summary-saved = Einheit um { $time } gespeichert.
today-summary-saved-well-done = Einheit um { $time } gespeichert. Gut gemacht.
today-summary-done = Die heutige Einheit ist erledigt (eingetragen um { $time }).
today-summary-next = Nächste Einheit: { $date }.
today-summary-log-another = Noch eine Einheit heute eintragen
today-summary-log-another-hover = Nur für eine zweite Einheit: diese ist schon gespeichert
today-summary-see-in-history = Im Verlauf ansehen
today-summary-see-in-history-hover = Dort ändern oder löschen
today-summary-what-you-did = Was Sie gemacht haben
today-summary-exercise = { $name } (Stufe { $level }): { $sets }
today-summary-exercise-pain = { $name } (Stufe { $level }): { $sets }, Schmerz { $pain }
today-summary-light = Ihre Ampel:
today-summary-light-provisional = Sie beruht auf dem Schmerz während der Einheit. Morgen früh fragt die App, wie er abgeklungen ist; dann steht die Ampel fest.
today-summary-no-light = Keine Ampel: Die Einheit hat keinen Schmerzwert. Sie können einen im Verlauf ergänzen.
today-summary-light-pending = Die Ampel wird ermittelt…

today-timer-minutes = { $count ->
    [one] { $count_text } Minute
   *[other] { $count_text } Minuten
}
today-timer-seconds = { $count ->
    [one] { $count_text } Sekunde
   *[other] { $count_text } Sekunden
}
today-timer-rest-of = Pause von { $length }
today-timer-rest-after = { $ended }. Pause von { $length }
today-timer-hold = { $name } halten
today-timer-finished = Zeit um: { $what } beendet.
today-timer-left = noch { $count_text } s
today-timer-time-gone = Verstrichene Zeit: { $what }
today-timer-stop = Timer anhalten
today-timer-rest-timer = Pausentimer:
today-timer-choice-minutes = { $count_text } min
today-timer-choice-seconds = { $count_text } s
today-timer-start-rest-hover = Eine Pause von { $length } starten
today-timer-rest-name = Pause { $count_text } Sekunden
today-timer-rest-after-each-set = Nach jedem Satz eine Pause starten
today-timer-rest-after-each-set-hover = Wenn Sie einen Satz hinzufügen oder ein Halten endet, startet der Pausentimer von selbst

today-set-left-side = Linke Seite
today-set-right-side = Rechte Seite
today-set-side-hover = Auf der anderen Seite gemacht? Zum Ändern drücken.
today-set-side-name = { $name }: Seite
today-set-seconds = Sekunden
today-set-reps = Wiederholungen
today-set-amount-name = { $name }: { $unit }
today-set-body-weight = Körpergewicht
today-set-weight-hover = Zusatzgewicht in { $unit }; 0 heißt nur Körpergewicht
today-set-weight-name = { $name }: Zusatzgewicht in { $unit }
today-set-band-name = { $name }: Band
today-set-doubled = doppelt
today-set-doubled-name = { $name }: Band doppelt
today-set-remove = Entfernen
today-set-remove-hover = Diesen Satz entfernen
today-set-remove-name = { $name }: entfernen

today-first-next-set = Als Nächstes: { $name }, Satz { $set } von { $sets }
today-first-next-set-side = Als Nächstes: { $name }, Satz { $set } von { $sets } ({ $side } Seite)
today-first-all-filled = Alle Übungen sind eingetragen.
today-first-filled = { $count ->
    [one] { $count } Übung
   *[other] { $count } Übungen
} von { $of } eingetragen. Speichern Sie die Einheit am Ende der Seite, wenn Sie fertig sind.
today-first-log-next-set = Nächsten Satz eintragen
today-first-log-next-set-hover = Fügt den nächsten Satz wie den letzten hinzu; der Pausentimer startet, wenn er so eingestellt ist
today-first-go-to-saving = Zum Speichern
today-first-go-to-saving-hover = Bringt Sie zur Speichern-Schaltfläche der Einheit am Ende der Seite
today-first-start-hint = { $count ->
    [one] { $count } Übung
   *[other] { $count } Übungen
}, eine nach der anderen mit dem Timer. Oder tragen Sie unten ein, was Sie gemacht haben.
today-first-rest-day = Ruhetag.
today-first-rest-day-next = Ruhetag. Nächste Einheit: { $day }.
today-first-rest-day-hint = In der Ruhe erholen sich die Muskeln und werden stärker. Eine Einheit können Sie trotzdem eintragen, wenn Sie eine gemacht haben.
today-first-second-session = Eine zweite Einheit heute.
today-first-extra-session = Die Einheiten dieser Woche sind erledigt: Die heutige ist zusätzlich.
today-first-session-due = Heute ist eine Einheit fällig.

today-week-title = Diese Woche
today-week-not-started = Einheiten werden ab dem ersten Tag des Programms gezählt.
today-week-none-logged = Diese Woche ist noch keine Einheit eingetragen.
today-week-logged-on = Eingetragen am { $days }.
today-week-asks = Das Programm sieht { $count ->
    [one] { $count } Einheit
   *[other] { $count } Einheiten
} pro Woche vor: { $days }.
today-weekday-short = { $day ->
    [mon] Mo
    [tue] Di
    [wed] Mi
    [thu] Do
    [fri] Fr
    [sat] Sa
   *[sun] So
}

today-list-and = { $first } und { $last }
today-side-word = { $side ->
    [left] linke
   *[right] rechte
}

today-session-pain = Schmerz während der Einheit
today-unsaved-parts = Die heutige Einheit ist noch nicht gespeichert ({ $parts }).
today-unsaved = Die heutige Einheit ist noch nicht gespeichert.
today-unsaved-filled = { $count ->
    [one] { $count } Übung eingetragen
   *[other] { $count } Übungen eingetragen
}
today-unsaved-pain-only = ein Schmerzwert, aber keine Sätze für { $count ->
    [one] { $count } Übung
   *[other] { $count } Übungen
}
today-hold-logged = { $name } Satz { $set } eingetragen ({ $secs } s)
today-hold-times-up = Zeit um: { $logged }.
today-header-starts-on = Ihr Programm beginnt am { $date }.
today-header-week-of = Woche { $week } von { $decision }.
today-header-week-past-decision = Woche { $week }. Der Entscheidungszeitpunkt war Woche { $decision }.

today-injection-title = Nach Ihrer Injektion am { $date }
today-injection-advice = Die Schmerzen können bis zu zwei Tage lang aufflammen, selten bis zu einer Woche. Schonen Sie sich ein oder zwei Tage und steigern Sie dann im Lauf der Woche wieder. Melden Sie sich in der ersten Woche bei der Praxis, wenn die Stelle anschwillt, rot oder warm wird oder wenn Sie Fieber haben oder sich krank fühlen. Wenn Sie Diabetes haben, kann Ihr Blutzucker bis zu einer Woche lang höher sein.
today-injection-count = In den letzten 12 Monaten eingetragene Injektionen: { $count }. Üblicherweise werden an einer Stelle nicht mehr als 3 pro Jahr gegeben.

today-ease-title = Ihre letzte Einheit war rot: zu viel.
today-ease-plan = Eine leichtere Dosis könnte diesmal helfen: { $plan }.
today-ease-back-one-level = { $names } eine Stufe zurück
today-ease-fewer = { $names } mit einem Viertel weniger Wiederholungen oder kürzerem Halten
today-ease-fewer-every = jede Übung mit einem Viertel weniger Wiederholungen oder kürzerem Halten
today-ease-use = Leichtere Dosis nehmen
today-ease-use-hover = Stellt die heutige Einheit mit der leichteren Dosis ein; jeden Satz können Sie weiter ändern
today-ease-done-levels = Leichtere Dosis eingestellt. Strg+Z stellt die Stufen zurück.
today-ease-done-filled = Leichtere Dosis unten eingetragen. Machen Sie, was Sie können, und tragen Sie dann die Einheit ein.
today-ease-step = die leichtere Dosis
today-ease-not-this-time = Diesmal nicht

today-card-level = Stufe { $level } von { $levels }: { $name }
today-card-level-locked = Stufe { $level } von { $levels }: { $name } (von Ihrer Therapeutin oder Ihrem Therapeuten auf dieser Stufe gehalten)
today-card-dose-each-side = { $dose }, je Seite
today-card-remember = Denken Sie daran: { $cue }
today-card-first-time = Zum ersten Mal: Beginnen Sie am unteren Ende der Dosis.
today-card-last-time = Letztes Mal ({ $date }): { $sets }
today-card-last-time-pain = Letztes Mal ({ $date }): { $sets }, Schmerz { $pain }
today-card-last-time-level = Letztes Mal ({ $date } auf Stufe { $level }): { $sets }
today-card-last-time-level-pain = Letztes Mal ({ $date } auf Stufe { $level }): { $sets }, Schmerz { $pain }
today-card-done-as-prescribed = Wie verordnet gemacht
today-card-done-as-prescribed-name = { $name }: wie verordnet gemacht
today-card-reset = Auf verordnet zurücksetzen
today-card-reset-name = { $name }: auf verordnet zurücksetzen
today-card-fill-hover = Trägt die Sätze ein, die Sie letztes Mal auf dieser Stufe gemacht haben, oder die Verordnung
today-card-filled-step = { $name } wie verordnet eingetragen
today-card-reset-step = { $name } auf verordnet zurückgesetzt
today-card-add-set = Satz hinzufügen
today-card-add-set-hover = Fügt einen Satz wie den letzten hinzu; der Pausentimer startet, wenn er so eingestellt ist
today-card-add-set-name = { $name }: Satz hinzufügen
today-card-start-hold = { $secs } Sekunden halten starten
today-card-start-hold-hover = Zählt das Halten in der Leiste unten herunter und trägt es am Ende als Satz ein
today-card-start-hold-name = { $name }: Halten starten
today-card-set = Satz { $set }
today-card-set-name = { $name } Satz { $set }
today-card-set-name-side = { $name } Satz { $set }, { $side } Seite
today-card-set-removed = { $name } Satz { $set } entfernt
today-card-pain-during = Schmerz bei { $name }
today-card-no-pain-score = Noch kein Schmerzwert: Wählen Sie einen (0 heißt kein Schmerz).
today-card-move-to-level = Auf Stufe { $level } wechseln
today-card-move-to-level-name = { $name }: auf Stufe { $level } wechseln
today-card-not-yet = Noch nicht
today-card-not-yet-name = { $name }: noch nicht
today-card-ok = OK
today-card-ok-name = { $name }: ok

today-all-done-title = Alles wie verordnet gemacht?
today-all-done-another = Noch eine Einheit heute
today-all-done-hint = Geben Sie den stärksten Schmerz während der Einheit an und tragen Sie sie dann in einem Schritt ein. Was Sie unten eingetragen haben, bleibt so, wie Sie es eingegeben haben.
today-all-done = Alles wie verordnet gemacht
today-all-done-hover = Die heutige Einheit eintragen: jede Übung in ihrer verordneten Dosis (oder wie beim letzten Mal), außer dem, was Sie selbst eingetragen haben
today-held-no-sets = { $names }: ein Schmerzwert, aber keine Sätze. Eine Einheit behält eine Übung nur mit ihren Sätzen: Tragen Sie sie oben ein („Wie verordnet gemacht“ trägt sie ein) oder speichern Sie { $count ->
    [one] ohne sie
   *[other] ohne diese
}.
today-held-save-without-that = Ohne diesen Schmerzwert speichern
today-held-no-pain = Kein Schmerzwert für { $names }. Wählen Sie oben den Schmerz während der Einheit (0 heißt kein Schmerz) oder speichern Sie { $count ->
    [one] ohne Schmerzwert: Diese Übung bekommt
   *[other] ohne Schmerzwerte: Diese Übungen bekommen
} keine Ampel.
today-held-save-without = Ohne Schmerzwert speichern
today-save-nothing = Tragen Sie zuerst die Sätze einer Übung ein.
today-save-effort-and-note = Anstrengung und eine Notiz (freiwillig)
today-save-effort-question = Wie anstrengend war die Einheit insgesamt? (0 = Ruhe, 10 = so hart, wie Sie konnten)
today-save-effort = Anstrengung der Einheit
today-save-note = Notiz
today-save-note-name = Notiz zur Einheit
today-save = Einheit speichern
today-save-count = Einheit speichern ({ $count ->
    [one] { $count } Übung
   *[other] { $count } Übungen
})
today-save-some-hint = Nur einige Übungen gemacht? Tragen Sie sie oben ein und speichern Sie sie hier.

today-guided-set = Satz { $set } von { $sets }
today-guided-name-and-set = { $name }, Satz { $set } von { $sets }
today-guided-rest-over = Pause vorbei.
today-guided-rest-over-next = Pause vorbei. Als Nächstes: { $next }.
today-guided-hold-over = Halten vorbei: Satz erledigt.
today-guided-pain-first = Wählen Sie zuerst den Schmerz während der Einheit (0 heißt kein Schmerz).
today-guided-set-done = Satz erledigt
today-guided-set-done-hover = Satz erledigt (Leertaste)
today-guided-skip-rest = Pause überspringen
today-guided-skip-rest-hover = Pause überspringen (Leertaste)
today-guided-time-hold = Halten mit dem Timer
today-guided-easier = Leichter
today-guided-easier-hover = Die restlichen Sätze dieser Übung ein Viertel kürzer: weniger Wiederholungen oder kürzeres Halten
today-guided-skip-exercise = Übung überspringen
today-guided-back = Zurück
today-guided-back-hover = Zurück zur vorigen Übung
today-guided-end = Einheit beenden
today-guided-end-hover = Die geführte Einheit beenden (Esc); Sie werden gefragt, bevor etwas, das Sie gemacht haben, verworfen wird
today-guided-seconds = { $secs } s
today-guided-hold-secs = { $secs } s halten
today-guided-reps = { $count ->
    [one] { $count_text } Wiederholung
   *[other] { $count_text } Wiederholungen
}
today-guided-left-side = Linke Seite
today-guided-right-side = Rechte Seite
today-guided-easier-dose = Leichtere Dosis
today-guided-rest = Pause
today-guided-rest-time-gone = Verstrichene Zeit: Pause
today-guided-next = Als Nächstes: { $next }
today-guided-session-done = Einheit geschafft
today-guided-done-counts = { $exercises ->
    [one] { $exercises } Übung
   *[other] { $exercises } Übungen
} und { $sets ->
    [one] { $sets } Satz
   *[other] { $sets } Sätze
}.
today-guided-pain-question = Der stärkste Schmerz während der Einheit:
today-guided-end-question = Die Einheit beenden? Sie haben { $count ->
    [one] { $count } Satz
   *[other] { $count } Sätze
} gemacht.
today-guided-end-hint = Speichern Sie, was Sie gemacht haben, oder verwerfen Sie die Sätze dieser Einheit.
today-guided-keep-going = Weitermachen
today-guided-save-what-i-did = Speichern, was ich gemacht habe
today-guided-discard = Verwerfen
today-guided-discard-hover = Die Sätze dieser Einheit verwerfen
