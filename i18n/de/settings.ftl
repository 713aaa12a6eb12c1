### Settings, setup, about, export, import, warning signs, next morning.
### Every id here starts with "settings-". German.

settings-language = Sprache
settings-language-follow = Wie der Desktop
settings-language-hint = Die Texte ändern sich sofort. Berichte für Ihre Physiotherapeutin oder Ihren Physiotherapeuten werden in deren Sprache geschrieben.

settings-title = Einstellungen
settings-reminders = Erinnerungen
settings-reminders-intro = Die App kann Sie mit einer Nachricht auf dem Bildschirm erinnern, auch wenn sie geschlossen ist. Jede Erinnerung ist aus, bis Sie sie einschalten.
settings-remind-training = An Trainingstagen erinnern
settings-training-reminder = Trainingserinnerung
settings-remind-diary = Abends an das Tagebuch erinnern
settings-diary-reminder = Tagebucherinnerung
settings-what-will-happen = Was geschehen wird
settings-sample-no-reminders = Dies ist das Beispieltagebuch: Speichern richtet hier keine Erinnerungen auf diesem Computer ein.
settings-save-reminders = Erinnerungen speichern
settings-put-back = Wie gespeichert zurücksetzen
settings-not-saved-yet = Noch nicht gespeichert
settings-setting-up-reminders = Die Erinnerungen werden eingerichtet…
settings-reminders-not-set-up = Ihre Wahl ist gespeichert, aber die Erinnerungen konnten nicht eingerichtet werden: { $reason }.
settings-details = Einzelheiten
settings-reminder-at = um
settings-reminder-time = Uhrzeit der { $reminder }
settings-hour-earlier = − 1 Std.
settings-hour-earlier-name = 1 Stunde früher
settings-quarter-earlier = − 15 Min.
settings-quarter-earlier-name = 15 Minuten früher
settings-quarter-later = + 15 Min.
settings-quarter-later-name = 15 Minuten später
settings-hour-later = + 1 Std.
settings-hour-later-name = 1 Stunde später
settings-step-name = { $reminder }: { $step }
settings-sound = Ton
settings-sound-play = Einen Ton spielen, wenn eine Pause oder ein Halten endet
settings-sound-hint = Ein kurzer Klang, damit Sie das Ende einer Pause hören, ohne auf den Bildschirm zu schauen. Er spielt in der Lautstärke Ihres Computers; die Änderung gilt sofort.
settings-colours = Farben
settings-colours-hint = Die Änderung gilt sofort. „Wie der Desktop“ nimmt die helle oder dunkle Einstellung Ihres Computers.
settings-exercise-pictures = Übungsbilder
settings-colours-follow = Wie der Desktop
settings-colours-light = Hell
settings-colours-dark = Dunkel

settings-what-it-is = Diese App ist ein Tagebuch und ein Plan. Sie enthält das Übungsprogramm, das Ihre Physiotherapeutin oder Ihr Physiotherapeut festgelegt hat, hilft Ihnen, Ihre Einheiten und Ihre Schmerzen einzutragen, und zeigt Ihnen und Ihren Behandelnden, wie es im Vergleich zu den von ihnen gewählten Werten läuft.
settings-what-it-is-not = Sie ist keine Diagnose und ersetzt keine Behandlung. Sie entscheidet nie über eine Behandlung für Sie: Wenn der Plan sagt, dass es Zeit ist, über die nächsten Schritte zu sprechen, zeigt sie Ihnen, was Ihre Einträge zeigen, damit Sie es mit Ihren Behandelnden besprechen können.

settings-about-title = Hilfe und Info
settings-version = Version { $version }
settings-your-data = Ihre Daten
settings-data-stays = Alles bleibt auf diesem Computer. Nichts wird irgendwohin gesendet.
settings-sample-journal = Dieses Fenster zeigt ein erzeugtes Beispieltagebuch in einem temporären Ordner; es wird gelöscht, wenn die App geschlossen wird.
settings-data-folder = Datenordner: { $folder }
settings-keyboard = Tastatur
settings-keyboard-session = Eine ganze Einheit mit der Tastatur: Öffnen Sie Heute ({ $keys }), tippen Sie den stärksten Schmerz während der Einheit ein (eine Zahl von 0 bis 10), drücken Sie Eingabe, um zu „Alles wie verordnet erledigt“ zu gelangen, und noch einmal Eingabe, um es einzutragen.
settings-key-tab = Tab / Umschalt+Tab
settings-key-tab-does = Zwischen den Bedienelementen wechseln
settings-key-space = Leertaste oder Eingabe
settings-key-space-does = Den Knopf drücken, der den Fokus hat
settings-key-digits = 0 bis 9
settings-key-digits-does = In einer Schmerzzeile: diese Zahl wählen (1, dann 0 für zehn)
settings-key-arrows = Pfeiltasten
settings-key-arrows-does = Eine Zahl ändern, die den Fokus hat
settings-key-enter = Eingabe
settings-key-enter-does = In einer Schmerzzeile: zum nächsten Bedienelement gehen

settings-setup-welcome = Willkommen
settings-setup-three-questions = Drei Fragen, um Ihren Plan einzurichten
settings-setup-which-side = Welche Seite schmerzt?
settings-setup-left = Links
settings-setup-right = Rechts
settings-setup-both = Beide Seiten
settings-setup-no-side = Bitte wählen Sie, welche Seite schmerzt.
settings-setup-start-question = An welchem Tag hat Ihr Programm begonnen? Heute, wenn Sie heute beginnen.
settings-setup-start-date = Startdatum des Programms
settings-setup-baseline-hint = Ihr Tagebuch in der ersten Woche legt Ihren Ausgangsschmerz fest: spätere Wochen werden damit verglichen.
settings-setup-units = Gewichte in
settings-setup-kg = Kilogramm (kg)
settings-setup-lb = Pfund (lb)
settings-setup-start = Mein Programm beginnen
settings-setup-start-in-future = Das Startdatum kann nicht nach heute liegen.

settings-greeting-morning = Guten Morgen
settings-greeting-afternoon = Guten Tag
settings-greeting-evening = Guten Abend
settings-greeting-hello = Hallo

settings-another-copy-open = Eine andere Kopie von rehab-tracker hat den Datenordner { $folder } geöffnet. Dieses Fenster zeigt Ihre Einträge, speichert aber nicht; schließen Sie die andere Kopie, dann dieses Fenster, und öffnen Sie die App erneut, um hier einzutragen.
settings-lock-failed = { $error } Dieses Fenster zeigt Ihre Einträge, kann aber nicht speichern.
settings-saving-stopped = das Speichern funktioniert nicht mehr; schließen Sie die App und öffnen Sie sie erneut
settings-no-file-manager = Auf diesem Computer ist kein Dateimanager eingerichtet, der den Ordner { $folder } öffnen kann. Der Export ist dort gespeichert: öffnen Sie diesen Ordner in Ihrem Dateimanager oder hängen Sie die Datei von dort an, wenn Sie Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten schreiben.
settings-no-program = Auf diesem Computer ist kein Programm eingerichtet, das { $file } öffnen kann. Der Export ist dort gespeichert: öffnen Sie ihn in Ihrem Dateimanager oder senden Sie ihn so, wie er ist, an Ihre Physiotherapeutin oder Ihren Physiotherapeuten.
settings-task-reading = das Lesen Ihres Tagebuchs
settings-task-progress = die Berechnung Ihres Fortschritts
settings-task-reminders = das Einrichten der Erinnerungen
settings-file-task-dialog = der Dateidialog
settings-task-could-not-start = Konnte nicht gestartet werden ({ $what }): { $error }.
settings-task-stopped = Unerwartet abgebrochen: { $what }.
settings-file-choose = Auswählen…
settings-file-choose-tooltip = Den Dateidialog dieses Computers öffnen
settings-file-no-dialog = Hier ist kein Dateidialog verfügbar: tippen Sie den Pfad ein.

settings-preview-last-four-weeks = Letzte vier Wochen
settings-preview-notes-since = Notizen der Patientin / des Patienten seit { $date }
settings-preview-earlier-notes = { $count ->
    [one] { $count_text } frühere Notiz steht in den CSV- und Paket-Exporten.
   *[other] { $count_text } frühere Notizen stehen in den CSV- und Paket-Exporten.
}

settings-import-title = Programm von Ihrer Behandlerin / Ihrem Behandler
settings-import-dialog-title = Das Programm Ihrer Behandlerin / Ihres Behandlers öffnen
settings-import-intro = Ihre Behandlerin oder Ihr Behandler kann Ihnen ein angepasstes Programm als Datei schicken. Öffnen Sie sie hier, um zu sehen, was sie ändert; nichts ändert sich, solange Sie es nicht übernehmen.
settings-import-file = Programmdatei
settings-import-file-name = Zu öffnende Programmdatei
settings-import-open = Öffnen
settings-import-taken-up = Ihr Programm wurde geändert. Sie können das mit Strg+Z rückgängig machen.
settings-import-declined = Abgelehnt: Ihr Programm ist unverändert.
settings-import-no-path = Geben Sie den Namen der Programmdatei an oder wählen Sie sie aus.
settings-import-task-reading = das Lesen der Datei
settings-import-unreadable = { $file } konnte nicht gelesen werden: { $error }
settings-import-offer = „{ $programme }“, gespeichert von Ihrer Behandlerin / Ihrem Behandler am { $date }
settings-import-other-patient = Diese Datei wurde für { $patient } erstellt, nicht für Sie. Fragen Sie Ihre Behandlerin oder Ihren Behandler, bevor Sie sie übernehmen.
settings-import-confirm-for-me = Meine Behandlerin / mein Behandler hat mir gesagt, dass dieses Programm für mich ist
settings-import-note = Notiz Ihrer Behandlerin / Ihres Behandlers: { $note }
settings-import-same = Es ist dasselbe wie Ihr jetziges Programm: es gibt nichts zu übernehmen.
settings-import-changes = Was es ändert:
settings-import-applies-from-today = Wenn Sie es übernehmen, gilt es ab heute. Ihre früheren Tage werden weiter am Programm gemessen, das Sie damals hatten.
settings-import-take-up = Dieses Programm übernehmen
settings-import-nothing-to-take-up = Nichts zu übernehmen
settings-import-tick-first = Kreuzen Sie zuerst an, dass Ihre Behandlerin oder Ihr Behandler Ihnen gesagt hat, dass dieses Programm für Sie ist
settings-import-decline = Ablehnen
settings-import-decline-tooltip = Ihr Programm so lassen, wie es ist
settings-import-signed-by = Unterschrieben von { $clinician }.
settings-import-will-pin = Wenn Sie es übernehmen, merkt sich die App { $clinician } als Ihre Behandlerin oder Ihren Behandler: spätere Programme müssen von dieser Person unterschrieben sein, und Ihre Exporte können so verschlüsselt werden, dass nur sie sie öffnen kann.
settings-import-signed-same = Unterschrieben von { $clinician }, Ihrer Behandlerin / Ihrem Behandler: die Unterschrift stimmt.
settings-import-other-clinician-title = Nicht von Ihrer üblichen Behandlerin / Ihrem üblichen Behandler
settings-import-other-clinician = Dieses Programm ist von „{ $signer }“ unterschrieben, mit einem anderen Schlüssel als dem von { $pinned }, deren Programme Sie bisher übernommen haben. Es kommt möglicherweise nicht von Ihrer Behandlerin oder Ihrem Behandler. Fragen Sie { $pinned }, bevor Sie es übernehmen.
settings-import-confirm-other = Ich habe nachgefragt: übernehmen und { $signer } als meine Behandlerin / meinen Behandler festlegen
settings-import-unsigned-title = Dieses Programm ist nicht unterschrieben
settings-import-unsigned-pinned = Programme von { $pinned } sind unterschrieben, dieses nicht; die App kann also nicht erkennen, wer es geschrieben hat. Fragen Sie { $pinned }, bevor Sie es übernehmen.
settings-import-confirm-unsigned = Ich habe bei meiner Behandlerin / meinem Behandler nachgefragt: trotzdem übernehmen
settings-import-unsigned = Dieses Programm ist nicht unterschrieben; die App kann also nicht erkennen, wer es geschrieben hat.

settings-warning-intro = Wenn Sie eines dieser Zeichen jetzt haben, kreuzen Sie es an und drücken Sie auf Eintragen: die App speichert es in Ihrem Tagebuch, damit Ihre Behandelnden es sehen, und zeigt, was zu tun ist.
settings-warning-record = Angekreuztes eintragen
settings-warning-saved = Was Sie angekreuzt haben, ist in Ihrem Tagebuch gespeichert, damit Ihre Behandelnden es sehen können:
settings-warning-bullet = •  { $sign }
settings-warning-back = Zurück zur Liste
settings-warning-after-injection = Nach einer Kortisonspritze
settings-warning-after-injection-text = Die Schmerzen können bis zu zwei Tage lang aufflammen, selten bis zu einer Woche. Schonen Sie sich ein bis zwei Tage und steigern Sie dann im Laufe der Woche wieder. Melden Sie sich in der ersten Woche bei der Praxis, wenn die Stelle anschwillt, rot oder warm wird oder wenn Sie Fieber haben oder sich krank fühlen. Wenn Sie Diabetes haben, kann Ihr Blutzucker bis zu einer Woche lang höher sein.

settings-morning-title = Wie hat sich die gestrige Einheit gesetzt?
settings-morning-question = Sie haben gestern Ihre Übungen gemacht. Wie stark waren Ihre Schmerzen, als Sie heute Morgen aufgestanden sind?
settings-morning-hint = Daran erkennt die App, ob sich die gestrige Einheit über Nacht beruhigt hat.
settings-morning-pain = Schmerz heute Morgen
settings-morning-save = Morgenschmerz speichern
settings-morning-not-now = Nicht jetzt

settings-export-title = Export für Ihre Physiotherapeutin / Ihren Physiotherapeuten
settings-export-save-title = Den Export speichern
settings-export-intro = Wählen Sie, was Sie senden möchten. Alles wird in eine Datei auf diesem Computer geschrieben; nichts wird irgendwohin gesendet.
settings-export-pseudonymise = Meinen Namen und meine Notizen weglassen (stattdessen einen Code verwenden)
settings-export-lock = So verschlüsseln, dass nur { $clinician } es öffnen kann
settings-export-lock-tooltip = Verschlüsselt mit dem Schlüssel Ihrer Behandlerin / Ihres Behandlers: geht die Datei verloren oder an die falsche Person, kann niemand sonst sie lesen.
settings-export-lock-later = Sobald Sie ein von Ihrer Behandlerin oder Ihrem Behandler unterschriebenes Programm übernehmen, können Exporte so verschlüsselt werden, dass nur diese Person sie öffnen kann.
settings-export-from = Von
settings-export-from-hint = Beginn
settings-export-from-name = Export ab Datum
settings-export-to = bis
settings-export-to-hint = heute
settings-export-to-name = Export bis Datum
settings-export-not-a-date = „{ $text }“ ist kein Datum: schreiben Sie es als Jahr-Monat-Tag, zum Beispiel 2026-11-24.
settings-export-reversed = Der erste Tag liegt nach dem letzten Tag.
settings-export-file = Zu schreibende Datei
settings-export-folder = Ordner, in den geschrieben wird
settings-export-folder-several = Ordner, in den geschrieben wird (jeder Export unter seinem üblichen Namen)
settings-export-path = Exportpfad
settings-export-button = Exportieren
settings-export-gathering = Ihre Einträge werden gesammelt…
settings-export-writing = Wird geschrieben…
settings-export-saving = Die Datei wird gespeichert…
settings-export-open-file = Die Datei öffnen
settings-export-open-file-tooltip = Mit dem Programm, das Ihr Computer für diese Art von Datei verwendet
settings-export-open-folder = Den Ordner öffnen
settings-export-opened-file = Ihr Computer wurde gebeten, die Datei zu öffnen: { $path }.
settings-export-opened-folder = Ihr Computer wurde gebeten, den Ordner zu öffnen: { $path }.
settings-export-opening = Wird geöffnet…
settings-export-show-preview = Vorschau des Berichts zeigen
settings-export-preparing-preview = Die Vorschau wird vorbereitet…
settings-export-no-preview = Keine Vorschau: { $error }
settings-export-bad-key = Der Schlüssel Ihrer Behandlerin / Ihres Behandlers kann nicht verwendet werden ({ $error }). Entfernen Sie das Häkchen bei der Verschlüsselung, um ohne sie zu exportieren.
settings-export-no-path = Geben Sie den Namen der zu schreibenden Datei an.
settings-export-none-ticked = Kreuzen Sie mindestens eine Exportart an.
settings-export-task-preview = die Vorschau
settings-export-task-export = der Export
settings-export-task-open = das Öffnen des Exports
settings-export-no-folder = Der Ordner { $folder } konnte nicht angelegt werden: { $error }
settings-export-saved-file = { $bytes ->
    [one] { $path } ({ $bytes_text } Byte)
   *[other] { $path } ({ $bytes_text } Bytes)
}
settings-export-failed = Export nicht möglich: { $error }
settings-export-failed-after = Nicht alles konnte exportiert werden (zuvor gespeichert: { $saved }): { $error }
settings-export-saved = Gespeichert: { $saved }.
settings-export-saved-locked = Gespeichert: { $saved }. Verschlüsselt: nur { $clinician } kann es öffnen.
