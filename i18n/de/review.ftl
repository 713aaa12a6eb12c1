### The clinician's review window, programme editor and keys.
### Every id here starts with "review-". German.

## Voice: the clinician, addressed as "Sie"; clinical and concise.

## The window

review-window-name = Rehab-Tagebuch: Durchsicht

## The caseload (the first screen)

review-caseload-heading = Exporte der Patienten durchsehen
review-caseload-intro = Öffnen Sie einen Ordner mit Export-Paketen (oder mehrere Dateien, eine pro Zeile). Sie werden nur gelesen: Es wird nichts in sie geschrieben.
review-caseload-picker-title = Ordner mit Exporten wählen
review-caseload-path = Pakete oder Ordner zur Durchsicht
review-open = Zur Durchsicht öffnen
review-open-nothing = Geben Sie einen Ordner oder eine Datei zum Öffnen an.
review-stop = Anhalten
review-task-reading = das Lesen der Dateien
review-load-progress = { $total ->
    [one] { $done_text } von { $total_text } Datei gelesen
   *[other] { $done_text } von { $total_text } Dateien gelesen
}
review-load-stopped = { $total ->
    [one] Angehalten: { $done_text } von { $total_text } Datei wurde gelesen; öffnen Sie den Ordner erneut, um sie zu lesen.
   *[other] Angehalten: { $done_text } von { $total_text } Dateien wurden gelesen; öffnen Sie den Ordner erneut, um alle zu lesen.
}
review-identity-unusable = Ihre Identitätsdatei konnte nicht verwendet werden, daher wurden verschlüsselte Exporte nicht geöffnet: { $error }.
review-caseload-summary = { $patients ->
    [one] { $patients_text } Patient
   *[other] { $patients_text } Patienten
}; { $attention ->
    [one] { $attention_text } braucht Aufmerksamkeit
   *[other] { $attention_text } brauchen Aufmerksamkeit
} (Warnzeichen, stärkere Schmerzen, ein verstummtes Tagebuch oder eine fällige Entscheidung).
review-find = Suchen
review-find-hint = Patientencode, Status oder Datei
review-find-name = Patienten filtern
review-only-attention = Nur die, die Aufmerksamkeit brauchen

## Files that could not be opened

review-failures = { $count ->
    [one] { $count_text } Datei konnte nicht geöffnet werden. Die anderen stehen unten; bitten Sie diesen Patienten um einen neuen Export.
   *[other] { $count_text } Dateien konnten nicht geöffnet werden. Die anderen stehen unten; bitten Sie diese Patienten um einen neuen Export.
}
review-failure = { $file }: { $reason }.
review-failure-needs-identity = { $file }: { $reason }. Wählen Sie Ihre Identitätsdatei unter „Ihre Schlüssel“.
review-failure-details = Details

## The caseload's table

review-column-patient = Patient
review-column-week = Woche
review-column-status = Status
review-column-adherence = Trainingstreue
review-column-improvement = Besserung
review-column-last-entry = Letzter Eintrag
review-column-warning-signs = Warnzeichen
review-column-file = Datei
review-column-sorted = { $name } (sortiert)
review-column-reversed = { $name } (umgekehrt)
review-column-sort-hint = Nach dieser Spalte sortieren; erneut, um umzukehren
review-column-sort-name = Nach { $name } sortieren
review-open-patient-hint = Diesen Patienten öffnen
review-open-patient-name = Patient { $code } öffnen
review-adherence-none-due = keine fällig
review-improvement-hint = Punkte, um die der stärkste Schmerz besser ist als zu Beginn; über null ist besser
review-quiet-hint = { $days ->
    [one] Seit { $days_text } Tag bis { $date } nichts eingetragen; das Programm wertet { $quiet_text } als verstummt
   *[other] Seit { $days_text } Tagen bis { $date } nichts eingetragen; das Programm wertet { $quiet_text } als verstummt
}
review-warning-signs-none = keine

## One patient

review-back = Zurück zu allen Patienten
review-patient-heading = Patient { $code }
review-patient-as-of = Stand { $date } · nur lesen
review-opening = Wird geöffnet…
review-task-opening = das Öffnen
review-open-failed = Diese Datei konnte nicht geöffnet werden: { $reason }
review-file-changed = Die Datei hat sich geändert, seit die Liste gelesen wurde; öffnen Sie den Ordner erneut
review-tab-progress = Verlauf
review-tab-history = Einträge
review-tab-report = Bericht
review-tab-programme = Programm anpassen
review-no-report = Kein Bericht: { $error }

## Saving the patient's report

review-report-save-hint = Als Webseite speichern, zum Drucken oder Ablegen:
review-report-picker-title = Bericht speichern
review-report-path = Pfad der Berichtsdatei
review-report-save = Bericht speichern
review-task-saving-report = das Speichern des Berichts
review-report-saved = { $path } gespeichert.
review-report-not-saved = Der Bericht konnte nicht gespeichert werden: { $error }
review-file-name-missing = Geben Sie den Namen der zu schreibenden Datei an.

## The programme editor

review-editor-picker-title = Programmdatei speichern
review-editor-intro = Änderungen hier werden nirgendwohin gesendet: Sie kommen in eine Programmdatei, die Sie speichern und dem Patienten geben; er sieht jede Änderung und übernimmt sie oder nicht.
review-field-label = { $label }:
review-editor-plan = Plan
review-editor-name = Name des Programms
review-editor-sessions = Einheiten pro Woche
review-editor-days = Trainingstage
review-editor-exercises = Übungen
review-editor-column-exercise = Übung
review-editor-column-on = An
review-editor-column-level = Stufe
review-editor-column-held = Gehalten
review-editor-column-sets = Sätze
review-editor-column-each-set = Pro Satz
review-editor-on-hint = Teil des Plans
review-editor-on-name = { $name } an
review-editor-level-name = { $name } Stufe
review-editor-held-name = { $name } auf seiner Stufe gehalten
review-editor-fewest-sets-name = { $name } wenigste Sätze
review-editor-most-sets-name = { $name } meiste Sätze
review-editor-fewest-reps-name = { $name } wenigste Wiederholungen
review-editor-most-reps-name = { $name } meiste Wiederholungen
review-editor-fewest-seconds-name = { $name } wenigste Sekunden
review-editor-most-seconds-name = { $name } meiste Sekunden
review-editor-level = { $number }: { $name }
review-editor-held-hint = Auf dieser Stufe gehalten: Ein Aufstieg wird nicht angeboten
review-editor-fewest-sets = Wenigste Sätze
review-editor-most-sets = Meiste Sätze
review-editor-to = bis
review-editor-reps = Wiederholungen
review-editor-seconds = Sekunden
review-editor-bands = Schmerz während und nach der Übung (Ampel)
review-editor-safe-max = Höchster Schmerz während der Übung, der grün ist
review-editor-acceptable-max = Höchster Schmerz während der Übung, der gelb ist
review-editor-morning-amber = Anstieg des Schmerzes am nächsten Morgen, der gelb ist
review-editor-morning-red = Anstieg des Schmerzes am nächsten Morgen, der rot ist
review-editor-usual-morning-days = Tage mit Morgenwerten, aus denen der übliche Morgenschmerz gebildet wird
review-editor-usual-morning-min = Wenigste Morgenwerte für einen üblichen Morgenschmerz
review-editor-rule = Eskalationsregel
review-editor-baseline-days = Tage, aus denen der Ausgangsschmerz genommen wird
review-editor-baseline-min = Wenigste Tagebucheinträge für einen Ausgangsschmerz
review-editor-current-days = Tage, aus denen der aktuelle Schmerz genommen wird
review-editor-current-min = Wenigste Tagebucheinträge für einen aktuellen Schmerz
review-editor-checkin-week = Woche der Zwischenkontrolle
review-editor-decision-week = Entscheidungswoche
review-editor-important-points = Wichtige Besserung, Punkte
review-editor-important-pct = Wichtige Besserung, % des Ausgangswerts
review-editor-adherence-min = Wenigste erledigte Einheiten für einen fairen Versuch, %
review-editor-psfs-important = Wichtiger PSFS-Zuwachs, Punkte
review-editor-worsening-points = Schmerz über dem Ausgangswert, der als schlechter gilt, Punkte
review-editor-worsening-weeks = Wochen in Folge mit stärkerem Schmerz
review-editor-quiet-days = Tage ohne Eintrag, bis das Tagebuch als verstummt gilt
review-editor-problem = Kann nicht gespeichert werden: { $problem }.
review-editor-preview = Was der Patient sehen wird
review-editor-no-changes = Noch keine Änderungen.
review-editor-change = – { $change }
review-editor-days-mismatch = { $days ->
    [one] Hinweis: { $days_text } Trainingstag für { $sessions_text } Einheiten pro Woche.
   *[other] Hinweis: { $days_text } Trainingstage für { $sessions_text } Einheiten pro Woche.
}
review-editor-cannot-save = { $count ->
    [one] Kann noch nicht gespeichert werden: eine Sache zu berichtigen, angezeigt an ihrem Feld.
   *[other] Kann noch nicht gespeichert werden: { $count_text } Dinge zu berichtigen, jedes an seinem Feld angezeigt.
}
review-editor-note = Eine Notiz für den Patienten
review-editor-note-name = Notiz für den Patienten
review-editor-file = Zu schreibende Programmdatei
review-editor-file-name = Pfad der Programmdatei
review-editor-signed = Signiert mit Ihrem Schlüssel in { $folder }, damit die App des Patienten erkennt, dass sie von Ihnen ist.
review-editor-unsigned = Nicht signiert: Wählen Sie Ihre Identitätsdatei unter „Ihre Schlüssel“ auf der ersten Seite, damit die App des Patienten erkennt, dass die Datei von Ihnen ist.
review-editor-save = Programmdatei speichern
review-editor-save-sheet = Programmblatt zum Drucken speichern
review-editor-save-sheet-hint = Eine Webseite neben der Programmdatei: Bild, Stufe, Dosis und Hinweise jeder Übung auf einer A4-Seite
review-task-saving-sheet = das Speichern des Programmblatts
review-editor-sheet-saved = { $path } gespeichert: Öffnen Sie die Datei im Browser, um sie zu drucken.
review-task-saving = das Speichern
review-editor-key-unusable = Nicht gespeichert: Ihr Signaturschlüssel konnte nicht verwendet werden. { $error }.
review-editor-saved-signed = { $path } gespeichert, signiert von { $name }. Geben Sie diese Datei dem Patienten.
review-editor-saved-unsigned = { $path } gespeichert (nicht signiert). Geben Sie diese Datei dem Patienten.
review-could-not-save = { $path } konnte nicht gespeichert werden: { $error }

## Your keys

review-keys-folder-title = Ordner für Ihre neuen Schlüssel wählen
review-keys-identity-title = Ihre Identitätsdatei wählen
review-keys-stopped = Das Erstellen der Schlüssel wurde unerwartet beendet.
review-keys-heading = Ihre Schlüssel
review-keys-chosen = Für Sie verschlüsselte Exporte öffnen sich mit Ihrer Identitätsdatei, { $path }. Programme, die Sie speichern, werden mit dem Signaturschlüssel im selben Ordner signiert.
review-keys-none = Wählen Sie einmal Ihre Identitätsdatei (identity.txt), um für Sie verschlüsselte Exporte zu öffnen und die Programme zu signieren, die Sie senden. Die App merkt sich, wo sie liegt; sie kopiert sie nie.
review-keys-identity = Ihre Identitätsdatei
review-keys-identity-name = Identitätsdatei
review-keys-use = Diese Identitätsdatei verwenden
review-keys-make-intro = Noch keine Schlüssel? Erstellen Sie sie einmal, halten Sie den Ordner privat und sichern Sie ihn.
review-keys-your-name = Ihr Name, wie Patienten ihn sehen
review-keys-name-hint = Erika Muster, Hüftsprechstunde
review-keys-name-name = Name der Therapeutin oder des Therapeuten
review-keys-folder = Ordner für die neuen Schlüssel (er darf noch keine Schlüssel enthalten)
review-keys-folder-name = Ordner für neue Schlüssel
review-keys-make = Meine Schlüssel erstellen
review-keys-identity-missing = Geben Sie den Namen der Identitätsdatei an oder wählen Sie sie.
review-keys-folder-missing = Geben Sie einen Ordner für die Schlüssel an.
review-keys-name-first = Geben Sie zuerst Ihren Namen an: { $error }.
review-keys-made = Die Schlüssel von { $name } wurden in { $folder } erstellt. Behalten Sie identity.txt und signing.key für sich; recipient.txt und signing.pub dürfen weitergegeben werden.
review-keys-not-made = Es wurden keine Schlüssel erstellt: { $error }.
review-keys-not-started = Das Erstellen der Schlüssel konnte nicht gestartet werden: { $error }
