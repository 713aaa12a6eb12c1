### The core: analysis findings, the record, storage and hand-off messages.
### Every id here starts with "core-". German.

## Voice: plain words a patient understands.

core-load-kg = { $kg ->
    [one] { $kg_text } kg
   *[other] { $kg_text } kg
}

## The diary's words: resistance bands, kinds of day, events.

core-band-extra-light = Gelb (extra leicht)
core-band-light = Rot (leicht)
core-band-medium = Grün (mittel)
core-band-heavy = Blau (schwer)
core-band-extra-heavy = Schwarz (extra schwer)
core-band = Band { $strength }
core-band-doubled = Band { $strength }, doppelt gelegt

core-day-normal = Normaler Tag
core-day-flare = Schmerzschub
core-day-rest-advised = Ruhe auf Rat meiner Therapeutin oder meines Arztes
core-day-away = Krank oder unterwegs

core-event-injection = Injektion
core-event-clinician-visit = Termin bei Therapeut oder Arzt
core-event-medication-change = Änderung der Medikamente
core-event-red-flag = Warnzeichen
core-event-level-change = Stufenwechsel

## Warning signs. Translate with care: same meaning, same urgency, no softening, no added advice.

core-sign-saddle-numbness = Taubheitsgefühl am Gesäß, zwischen den Beinen oder an den Innenseiten der Oberschenkel
core-sign-bladder-or-bowel = Neue Probleme beim Wasserlassen oder Stuhlgang, oder beim Zurückhalten von Urin oder Stuhl
core-sign-sexual-function = Neue Probleme mit der Sexualfunktion
core-sign-hot-swollen-joint = Ein heißes, geschwollenes Gelenk zusammen mit Fieber oder Krankheitsgefühl
core-sign-progressive-weakness = Schwäche oder Taubheit im Bein, die schlimmer wird, oder nach einem Sturz nicht auf dem Bein stehen können
core-sign-constant-night-pain = Schmerzen, die ständig da sind, auch nachts
core-sign-weight-loss-or-night-sweats = Gewichtsverlust ohne Absicht oder Nachtschweiß
core-sign-cancer-history = Eine Krebserkrankung in der Vorgeschichte

core-urgency-today-heading = Holen Sie sich heute Hilfe, wenn Sie eines davon haben:
core-urgency-soon-heading = Gehen Sie bald zu Ihrem Arzt, wenn Sie eines davon haben:
core-urgency-today-advice = Holen Sie sich heute Hilfe: Rufen Sie die Notfallnummer Ihrer Arztpraxis oder den Rettungsdienst an, oder gehen Sie in eine Notaufnahme.
core-urgency-soon-advice = Vereinbaren Sie bald einen Termin bei Ihrem Arzt, noch vor Ihrer nächsten geplanten Kontrolle, und erzählen Sie ihm davon.

## Voice: a clinician's words (the report and the review window).

core-sign-clinician-saddle-numbness = Reithosenanästhesie
core-sign-clinician-bladder-or-bowel = Neue Blasen- oder Mastdarmstörung
core-sign-clinician-sexual-function = Neue sexuelle Funktionsstörung
core-sign-clinician-hot-swollen-joint = Überwärmtes, geschwollenes Gelenk mit Fieber oder Krankheitsgefühl
core-sign-clinician-progressive-weakness = Progrediente Beinschwäche oder Taubheit, oder nach Sturz nicht belastbar
core-sign-clinician-constant-night-pain = Dauerschmerz, auch nachts
core-sign-clinician-weight-loss-or-night-sweats = Ungewollter Gewichtsverlust oder Nachtschweiß
core-sign-clinician-cancer-history = Tumorerkrankung in der Anamnese
core-urgency-today-clinician = Versorgung am selben Tag
core-urgency-soon-clinician = zeitnah ärztlich abklären
core-guidance-ultrasound = ultraschallgesteuert
core-guidance-ct = CT-gesteuert
core-guidance-other = andere Steuerung

## What a change did, in the notice after it and in undo and redo.

core-entry-session = Trainingseinheit vom { $date }
core-entry-diary = Tagebucheintrag vom { $date }
core-entry-injection = Injektion am { $date }
core-entry-clinician-visit = Termin bei Therapeut oder Arzt am { $date }
core-entry-medication-change = Änderung der Medikamente am { $date }
core-entry-red-flag = Warnzeichen am { $date }
core-entry-level-change = Stufenwechsel am { $date }
core-entry-psfs = Aktivitätsbewertung vom { $date }

core-saved = Gespeichert: { $entry }.
core-deleted = Gelöscht: { $entry }.
core-changed = Geändert: { $entry }.
core-saved-morning-pain = Schmerz von heute Morgen gespeichert: { $pain }.
core-details-changed = Ihre Angaben sind geändert.
core-programme-taken-up = Ihr Programm ist jetzt „{ $name }“, ab { $date }. Frühere Tage werden weiter nach dem Programm beurteilt, das Sie damals hatten.
core-level-moved = { $name } ist jetzt auf Stufe { $level }.
core-levels-eased = { $count ->
    [one] { $count_text } Übung ist jetzt auf einer leichteren Stufe.
   *[other] { $count_text } Übungen sind jetzt auf einer leichteren Stufe.
}
core-sound-on = Der Ton am Ende einer Pause oder eines Haltens ist an.
core-sound-off = Der Ton am Ende einer Pause oder eines Haltens ist aus.
core-reminders-saved = Ihre Erinnerungen sind gespeichert.

core-what-new = neuer Eintrag ({ $entry })
core-what-deleting = Löschen ({ $entry })
core-what-change = Änderung ({ $entry })
core-what-morning-pain = Schmerz von heute Morgen
core-what-details = Änderung Ihrer Angaben
core-what-programme = Übernahme des Programms „{ $name }“
core-what-level-moved = { $name } auf Stufe { $level }
core-what-levels-moved = { $count ->
    [one] { $count_text } Übung auf eine andere Stufe
   *[other] { $count_text } Übungen auf andere Stufen
}
core-what-sound = Änderung des Tons
core-what-reminders = Änderung Ihrer Erinnerungen
core-undone = Rückgängig gemacht: { $what }.
core-done-again = Wiederhergestellt: { $what }.

## Why a change was refused (shown at the field or by the command).

core-error-entry-gone = dieser Eintrag ist nicht mehr in Ihrem Tagebuch (Nummer { $number })
core-error-no-profile = die App ist noch nicht eingerichtet: Geben Sie zuerst Ihr Startdatum und die betroffene Seite an
core-error-still-opening = Ihr Tagebuch wird noch geöffnet ({ $month } ist noch nicht gelesen): Versuchen Sie es gleich noch einmal
core-error-diary-day-taken = für { $date } gibt es schon einen Tagebucheintrag: Ändern Sie bitte diesen
core-error-start-too-far = das Startdatum { $date } ist mehr als ein Jahr entfernt
core-error-code-too-long = der Patientencode darf höchstens { $count_text } Zeichen lang sein
core-error-code-control = der Patientencode darf keine Zeilenumbrüche oder Tabulatoren enthalten
core-error-too-many-activities = höchstens { $count_text } Aktivitäten können bewertet werden
core-error-activity-unnamed = eine zu bewertende Aktivität braucht einen Namen
core-error-pain-above-worst = der Schmerz jetzt ({ $now }) ist stärker als der schlimmste Schmerz der letzten 24 Stunden ({ $worst }); der schlimmste schließt jetzt mit ein
core-error-session-empty = eine Trainingseinheit braucht mindestens eine Übung
core-error-exercise-no-sets = { $exercise } hat keine Sätze: Fügen Sie einen Satz hinzu oder lassen Sie die Übung weg
core-error-no-sign-ticked = kreuzen Sie mindestens ein Warnzeichen an
core-error-no-activity-rated = bewerten Sie mindestens eine Aktivität
core-error-rated-activity-unnamed = jede bewertete Aktivität braucht einen Namen
core-no-such-exercise = das Programm hat keine Übung „{ $id }“
core-no-such-level = { $name } hat die Stufen 1 bis { $levels }, nicht { $level }

core-range-pain = ein Schmerzwert muss eine ganze Zahl von 0 bis 10 sein, war aber { $got }
core-range-effort = eine Anstrengung muss eine ganze Zahl von 0 bis 10 sein, war aber { $got }
core-range-ability = eine Aktivitätsbewertung muss eine ganze Zahl von 0 bis 10 sein, war aber { $got }
core-range-reps = die Zahl der Wiederholungen muss eine ganze Zahl von 0 bis 1000 sein, war aber { $got }
core-range-hold = eine Haltezeit muss eine ganze Zahl von Sekunden von 0 bis 600 sein, war aber { $got }
core-range-sitting = die Sitzzeit muss eine ganze Zahl von Minuten von 0 bis 1440 sein, war aber { $got }
core-range-load = ein Gewicht muss eine Zahl von Kilogramm von 0 bis 500 sein, war aber { $got }
core-range-date = das Datum darf nicht später als morgen sein, war aber { $got }
