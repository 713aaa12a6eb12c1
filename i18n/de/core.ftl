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

## Files that could not be read or saved (shown to the patient, or by `check`).

core-file-entry-misfiled = ein Eintrag vom { $date } steht in der Datei für { $month }
core-file-entries-misfiled = { $count ->
    [one] { $count_text } Eintrag vom { $from } bis { $to } steht in der Datei für { $month }
   *[other] { $count_text } Einträge vom { $from } bis { $to } stehen in der Datei für { $month }
}
core-file-number-shared = zwei Einträge haben dieselbe Nummer { $number }
core-file-numbers-shared = { $count ->
    [one] { $count_text } Eintragsnummer ist doppelt vergeben (die erste: { $first })
   *[other] { $count_text } Eintragsnummern sind doppelt vergeben (die erste: { $first })
}
core-file-unreadable = Die Datei { $path } konnte nicht gelesen werden: { $reason }.
core-file-restored = Die Datei { $path } konnte nicht gelesen werden: { $reason }. Die App hat die Kopie vom { $time } zurückgelegt; was danach in dieser Datei eingetragen wurde, kann fehlen. Die beschädigte Datei wurde nicht gelöscht: Sie ist aufbewahrt als { $kept_as }.
core-file-restore-failed = { $reason }; auch das Zurücklegen der letzten guten Kopie ist fehlgeschlagen: { $error }
core-file-good-copy-kept = { $reason }. Eine gute Kopie vom { $time } ist aufbewahrt; die App legt sie zurück, wenn sie diesen Ordner das nächste Mal zum Schreiben öffnet
core-file-earlier-save = einem früheren Speichern

core-io-disk-full = der Datenträger ist voll. Schaffen Sie etwas Platz, dann versucht es die App erneut
core-io-permission = die App darf dort nicht schreiben. Prüfen Sie die Berechtigungen des Ordners
core-io-read-only = der Datenträger ist schreibgeschützt
core-io-missing = die Datei oder ihr Ordner fehlt
core-io-other = das System meldete: { $reason }
core-io-too-large = die Datei ist { $size } Byte groß, mehr als die { $max } Byte, die eine Datei dieser App haben kann

core-storage-could-not-save = { $path } konnte nicht gespeichert werden: { $reason }
core-storage-could-not-read = { $path } konnte nicht gelesen werden: { $reason }
core-storage-newer = { $path } wurde nicht gespeichert: Die Datei stammt von einer neueren Version von rehab-tracker, und diese Version überschreibt solche Dateien nie
core-storage-encode = { $path } konnte nicht zum Speichern vorbereitet werden: { $reason }

core-decode-newer = sie wurde von einer neueren Version von rehab-tracker geschrieben (Dateiformat { $found }); diese Version liest bis Format { $newest }
core-decode-not-text = sie ist keine Textdatei dieser App (sie enthält Bytes, die kein Text sind)
core-decode-invalid = ihr Inhalt ist beschädigt oder nicht in der erwarteten Form ({ $why })

core-lock-busy = Eine andere Kopie von rehab-tracker benutzt den Datenordner { $dir }. Schließen Sie diese Kopie (ein anderes Fenster oder einen noch laufenden Befehl) und versuchen Sie es erneut.
core-lock-io = Die Sperrdatei { $path } konnte nicht geöffnet werden: { $reason }. Die App muss in den Datenordner { $dir } schreiben können; prüfen Sie, ob er existiert und ob Sie dort schreiben dürfen, oder geben Sie mit --data-dir einen anderen Ordner an.

## Exports.

core-format-csv = CSV-Tabellen (Tabellenkalkulation)
core-format-bundle = Vollständiges Paket (lässt sich in der App wieder öffnen)
core-format-fhir = FHIR R4 (Gesundheitsakten)
core-format-report = Einseitiger Bericht (Webseite, druckt auf A4)
core-format-sheet = Übungsblatt mit Bildern (Webseite, druckt auf A4)
core-export-could-not-write = { $path } konnte nicht geschrieben werden: { $reason }
core-export-is-a-file = { $path } ist eine Datei; CSV-Tabellen werden in einen Ordner geschrieben, geben Sie also den Namen eines Ordners an
core-export-is-a-folder = { $path } ist ein Ordner; geben Sie den Namen der zu schreibenden Datei an, etwa { $example }
core-bundle-not-text = es ist kein Paket: es enthält Bytes, die kein Text sind
core-bundle-no-checksum = seine ersten beiden Zeilen (der Titel des Pakets und seine Prüfsumme) fehlen oder sind beschädigt, daher kann es nicht geprüft werden: es ist kein Paket von rehab-tracker, oder es wurde nach dem Export verändert; bitten Sie um einen neuen Export
core-bundle-newer = es wurde von einer neueren Version von rehab-tracker geschrieben (Paketformat { $found }); diese Version liest bis Format { $newest }
core-bundle-checksum = sein Inhalt passt nicht zu seiner Prüfsumme, es wurde also nach dem Export verändert oder beschädigt (erwartet sha256 { $expected }, gefunden { $found }); bitten Sie um einen neuen Export
core-bundle-checksum-plain = sein Inhalt passt nicht zu seiner Prüfsumme, es wurde also nach dem Export verändert oder beschädigt; bitten Sie um einen neuen Export
core-bundle-checksum-details = SHA-256 im Kopf: { $expected }
    SHA-256 des Inhalts: { $found }
core-bundle-damaged = sein Inhalt ist beschädigt oder nicht in der erwarteten Form ({ $why })
core-bundle-damaged-plain = sein Inhalt ist beschädigt oder nicht in der erwarteten Form; bitten Sie um einen neuen Export
core-bundle-not-a-month = „{ $month }“ ist kein Monat (JJJJ-MM)
core-bundle-month-twice = der Monat { $month } ist doppelt vorhanden
core-bundle-light-without-session = seine Zusammenfassung gibt der Trainingseinheit { $session } eine Ampel, die es nicht enthält

## Exercise pictures.

core-picture-alt = Zeichnung von { $exercise }, { $level }: die Start- und Endposition. { $cue }
core-picture-alt-no-level = Zeichnung von { $exercise }.

## Keys, encryption and signatures (read by the clinician, and by the patient opening a programme file).

core-key-not-recipient = '{ $given }' ist kein öffentlicher age-Schlüssel: dieser beginnt mit age1 und ist 62 Zeichen lang
core-key-no-identity = sie enthält keine age-Identität (eine Zeile, die mit AGE-SECRET-KEY-1 beginnt)
core-decrypt-other-key = sie ist für einen anderen Schlüssel verschlüsselt, nicht für diese Identität: sie war für eine andere Praxis bestimmt oder wurde mit einem älteren Schlüssel von Ihnen erstellt
core-decrypt-header-changed = sie ist verschlüsselt, aber ihr Kopf wurde nach dem Schreiben verändert oder beschädigt: bitten Sie erneut um den Export
core-decrypt-content-changed = sie ist verschlüsselt, wurde aber nach dem Schreiben gekürzt oder verändert (der verschlüsselte Inhalt stimmt nicht): bitten Sie erneut um den Export
core-decrypt-not-age = sie ist keine verschlüsselte Datei, die diese App lesen kann ({ $why })
core-decrypt-too-large = sie enthält mehr als { $max } Byte, mehr als ein Export dieser App haben kann
core-sign-key-malformed = es ist kein minisign-Schlüssel ({ $why })
core-sign-key-passphrase = er ist durch eine Passphrase geschützt, nach der rehab-tracker nicht fragt; erstellen Sie stattdessen Schlüssel mit `rehab-tracker clinician keygen`
core-sign-key-damaged = er ist beschädigt (seine Prüfsumme stimmt nicht)
core-signature-malformed = die Signatur ist beschädigt oder nicht im minisign-Format ({ $why })
core-signature-other-key = die Signatur wurde mit einem anderen Schlüssel erstellt (Schlüssel-ID { $found }, erwartet { $expected })
core-signature-content-changed = der Inhalt wurde nach dem Signieren verändert (die Signatur passt nicht zu ihm)
core-signature-comment-changed = der vertrauenswürdige Kommentar der Signatur wurde nach dem Signieren verändert

core-keys-name-empty = der Name der Fachperson ist leer
core-keys-name-too-long = der Name der Fachperson ist länger als { $max } Zeichen
core-keys-name-one-line = der Name der Fachperson muss eine einzige Textzeile sein
core-keys-signing-key-bad = der Signaturschlüssel der Fachperson: { $reason }
core-keys-encryption-key-bad = der Verschlüsselungsschlüssel der Fachperson: { $reason }
core-keys-no-random = das System lieferte keine Zufallszahlen ({ $error })
core-keys-name-unwritable = der Name konnte nicht geschrieben werden ({ $error })
core-keys-not-a-pair = er gehört nicht zum öffentlichen Schlüssel in { $card } (die Dateien stammen aus zwei verschiedenen Schlüsselpaaren)
core-keys-exist = { $path } existiert bereits; Schlüssel werden nie überschrieben. Wählen Sie einen leeren Ordner oder verschieben Sie zuerst die alten Schlüssel (docs/security.md beschreibt, wie man Schlüssel wechselt)
core-keys-could-not-read = { $path } konnte nicht gelesen werden: { $reason }
core-keys-could-not-make = { $path } konnte nicht angelegt werden: { $reason }
core-keys-could-not-write = { $path } konnte nicht geschrieben werden: { $reason }
core-keys-exposed = { $path } kann von anderen Personen auf diesem Computer gelesen werden (die Berechtigungen sind { $mode }; ein geheimer Schlüssel muss 600 haben, nur für Sie lesbar). Er wurde nicht verwendet. Machen Sie ihn privat mit: chmod 600 { $path }. Wenn jemand ihn kopiert haben könnte, erstellen Sie neue Schlüssel (docs/security.md)
core-keys-bad = { $path } ist kein verwendbarer Schlüssel: { $reason }

## A programme file the clinician sent (read by the patient).

core-programme-file-not-text = dies ist keine Programmdatei: sie enthält Bytes, die kein Text sind
core-programme-file-is-bundle = dies ist ein Export eines Tagebuchs, kein Programm: Bitten Sie Ihre Therapeutin oder Ihren Arzt um die Programmdatei, die für Sie gespeichert wurde
core-programme-file-no-checksum = dies ist keine Programmdatei von rehab-tracker, oder ihre ersten Zeilen wurden beschädigt: Bitten Sie darum, sie erneut zu schicken
core-programme-file-newer = sie wurde von einer neueren Version von rehab-tracker geschrieben (Programmformat { $found }); aktualisieren Sie die App, um sie zu öffnen
core-programme-file-checksum = sie wurde verändert oder beschädigt, nachdem sie gespeichert wurde (ihre Prüfsumme stimmt nicht): Bitten Sie darum, sie erneut zu schicken
core-programme-file-damaged = ihr Inhalt ist beschädigt oder nicht in der erwarteten Form ({ $why }): Bitten Sie darum, sie erneut zu schicken
core-programme-file-signature-damaged = ihre Signatur ist beschädigt oder nicht im minisign-Format ({ $why }): Bitten Sie darum, sie erneut zu schicken
core-programme-file-tampered = sie wurde nach dem Signieren verändert, oder die Signatur stammt nicht von der genannten Fachperson: { $why }. Verwenden Sie sie nicht, und bitten Sie darum, sie erneut zu schicken
core-programme-file-unsigned = ein signiertes Programm ohne seine Signatur
core-programme-file-signed-unsigned = eine Signatur über einem unsignierten Programm

## The programme: doses, and the problems the programme editor shows the clinician.

core-range = { $min } bis { $max }
core-dose-reps = { $sets } { $sets_max ->
    [one] Satz
   *[other] Sätze
} mit { $reps } { $reps_max ->
    [one] Wiederholung
   *[other] Wiederholungen
}
core-dose-holds = { $sets }-mal { $secs } { $secs_max ->
    [one] Sekunde
   *[other] Sekunden
} halten
core-programme-problems = das Programm hat Probleme: { $problems }
core-programme-builtin-broken = das eingebaute Programm lässt sich nicht lesen: { $error }
core-programme-sessions-range = Einheiten pro Woche müssen 1 bis 14 sein, nicht { $given }
core-programme-bands-rise = die Schmerzbereiche müssen ansteigen: sicher, dann akzeptabel, höchstens 10
core-programme-morning-rise = der morgendliche Anstieg für Gelb muss über 0 und unter dem für Rot liegen
core-programme-usual-morning = die Mindestzahl an Morgenwerten für den üblichen Morgenschmerz darf nicht größer sein als seine Tage
core-programme-starting-entries = die Mindestzahl an Tagebucheinträgen für den Ausgangsschmerz darf nicht größer sein als seine Tage
core-programme-current-entries = die Mindestzahl an Tagebucheinträgen für den aktuellen Schmerz darf nicht größer sein als seine Tage
core-programme-quiet-days = die Tage ohne Eintrag, bis ein Tagebuch als verstummt gilt, müssen 1 oder mehr sein
core-programme-weeks = die Kontrollwoche muss vor der Entscheidungswoche liegen
core-programme-threshold-points = die Schwelle für die Verbesserung in Punkten muss eine Zahl von 0 oder mehr sein
core-programme-threshold-pct = die Schwelle für die Verbesserung in % muss eine Zahl von 0 oder mehr sein
core-programme-threshold-adherence = die Schwelle für die Adhärenz muss eine Zahl von 0 oder mehr sein
core-programme-threshold-psfs = die Schwelle für die PSFS-Änderung muss eine Zahl von 0 oder mehr sein
core-programme-threshold-worsening = die Schwelle für die Verschlechterung muss eine Zahl von 0 oder mehr sein
core-programme-id-twice = die Übungs-ID { $id } kommt zweimal vor
core-programme-no-levels = { $name } hat keine Stufen
core-programme-level-out = { $name } ist auf Stufe { $level }, hat aber die Stufen 1 bis { $levels }
core-programme-picture-bad = { $name }: das Bild enthält Zahlen, mit denen es sich nicht zeichnen lässt
core-programme-dose-bad = { $name }, { $level }: die Dosierung ergibt keinen Sinn
core-programme-earlier-problem = das Programm, das bis { $until } galt: { $problem }
core-programme-earlier-order = die früheren Programme sind nicht in zeitlicher Reihenfolge ({ $until } kommt nach { $before })

## What changed in a programme, one line each (the patient sees them before taking up a new programme).

core-change-name = Name des Programms: jetzt „{ $name }“.
core-change-sessions = Einheiten pro Woche: von { $from } auf { $to }.
core-change-days = Trainingstage: jetzt { $days }.
core-change-from-to = { $what }: von { $from } auf { $to }.
core-change-safe-max = Schmerz beim Üben, der noch als sicher gilt (grün)
core-change-acceptable-max = Schmerz beim Üben, der noch als akzeptabel gilt (gelb)
core-change-morning-amber = Anstieg des Schmerzes am nächsten Morgen, der eine Einheit gelb macht
core-change-morning-red = Anstieg des Schmerzes am nächsten Morgen, der eine Einheit rot macht
core-change-usual-morning-days = Tage, aus denen Ihr üblicher Morgenschmerz gebildet wird
core-change-usual-morning-min = Mindestzahl an Morgenwerten für einen üblichen Morgenschmerz
core-change-baseline-days = Tage, aus denen der Ausgangsschmerz genommen wird
core-change-baseline-min = Mindestzahl an Tagebucheinträgen für einen Ausgangsschmerz
core-change-current-days = Tage, aus denen der aktuelle Schmerz genommen wird
core-change-current-min = Mindestzahl an Tagebucheinträgen für einen aktuellen Schmerz
core-change-checkin-week = Kontrollwoche
core-change-decision-week = Entscheidungswoche
core-change-worsening-weeks = Wochen in Folge mit stärkerem Schmerz, nach denen Sie sich melden sollen
core-change-quiet-days = Tage ohne Eintrag, bis das Tagebuch als verstummt gilt
core-change-important-points = Verbesserung, die als bedeutsam gilt
core-change-important-pct = Verbesserung, die als bedeutsam gilt, als Anteil am Ausgangswert
core-change-adherence = Anteil der Einheiten, der nötig ist, damit der Plan als ausprobiert gilt
core-change-psfs = Zuwachs in den Aktivitätswerten (PSFS), der als bedeutsam gilt
core-change-worsening-points = Anstieg des Wochenschmerzes über den Ausgangswert, der als Verschlechterung gilt
core-change-points = { $points ->
    [one] { $points_text } Punkt
   *[other] { $points_text } Punkte
}
core-change-new-exercise = { $name }: neue Übung.
core-change-new-exercise-off = { $name }: neue Übung (nicht eingeschaltet).
core-change-exercise-removed = { $name }: aus dem Programm genommen.
core-change-renamed = { $old }: heißt jetzt { $name }.
core-change-switched-on = { $name }: eingeschaltet.
core-change-switched-off = { $name }: ausgeschaltet.
core-change-level-named = { $name }: Stufe { $from } auf Stufe { $to } ({ $level }).
core-change-level = { $name }: Stufe { $from } auf Stufe { $to }.
core-change-held = { $name }: auf ihrer Stufe gehalten (vorerst kein Aufstieg).
core-change-free = { $name }: darf wieder eine Stufe aufsteigen.
core-change-dose = { $name }, Stufe { $number } ({ $level }): jetzt { $dose }.
core-change-wording = { $name }, Stufe { $number }: neuer Wortlaut ({ $level }).
core-change-fewer-levels = { $name }: jetzt { $count } Stufen statt { $before }.

## The clinician's caseload (review window and `review`). Dates stay as ISO days (2026-11-24).

core-review-holds-whole = das ganze Tagebuch bis { $to }
core-review-holds-range = { $from } bis { $to }
core-review-folder-unreadable = der Ordner konnte nicht gelesen werden: { $reason }
core-review-file-unreadable = die Datei konnte nicht gelesen werden: { $reason }
core-review-reader-stopped = die Datei konnte nicht gelesen werden: das Lesen brach unerwartet ab
core-review-no-profile = sie enthält kein Profil (die Einrichtung durch den Patienten war nicht abgeschlossen)
core-review-no-programme = sie enthält kein Programm
core-review-note-part = Nur ein Teil des Tagebuchs: ab { $from } (das Programm begann am { $start }).
core-review-note-as-of = Stand { $to }, der letzte exportierte Tag; die Datei wurde am { $made } erstellt.
core-review-note-pseudonymised = Pseudonymisiert: Notizen weggelassen.
core-review-note-same-code = Ein anderer Patient hat denselben Code { $code }: { $files } (eine andere Patientenkennung). Die Exporte werden getrennt gehalten.
core-review-note-newer = Ein neuerer Export dieses Patienten ist in der Liste: { $name } enthält { $best }; dieser { $this }.
core-review-note-more-complete = Ein vollständigerer Export dieses Patienten ist in der Liste: { $name } enthält { $best }; dieser { $this }.
core-review-note-later = Ein späterer Export derselben Tage ist in der Liste: { $name }, erstellt { $made }.
core-review-last-entry-quiet = { $date } (vor { $days ->
    [one] { $days_text } Tag
   *[other] { $days_text } Tagen
})
core-review-last-entry-none = keiner
core-review-not-enough-entries = zu wenige Einträge

## Other checks.

core-archive-failed = das Archiv konnte nicht erstellt werden: { $error }
core-archive-too-long = { $path } kann nicht ins Archiv: Name oder Größe ist zu lang
core-archive-refused = { $path } kann nicht ins Archiv: { $error }
core-patient-id-invalid = eine Patientenkennung muss eine UUID in Kleinbuchstaben sein, etwa 0f8c2d1e-6b7a-4c3d-9e2f-1a2b3c4d5e6f, war aber { $given }
core-no-data-folder = für diesen Benutzer wurde kein Datenordner gefunden; geben Sie einen mit --data-dir an
core-side-left = links
core-side-right = rechts
core-review-needs-identity = sie ist verschlüsselt: sie öffnet sich nur mit der Identitätsdatei (identity.txt) der Fachperson, für die sie erstellt wurde, und keine wurde angegeben
core-bundle-no-programme-in-force = es hat frühere Programme, aber kein geltendes Programm
core-keys-not-text = sie ist keine Textdatei
core-file-too-many-unreadable = von dieser Datei werden schon zu viele unlesbare Kopien aufbewahrt
