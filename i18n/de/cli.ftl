### The command line's output and errors.
### Every id here starts with "cli-". German.

cli-event-saved = Gespeichert: { $event } am { $date }.
cli-lang-help = In dieser Sprache antworten (en, de, fr, es); sonst in der des Desktops

## Errors in what was typed (the command line's own checks).

cli-not-a-date = „{ $text }“ ist kein Datum: Schreiben Sie es als JJJJ-MM-TT, zum Beispiel 2026-11-24
cli-not-a-time = „{ $text }“ ist keine Uhrzeit: Schreiben Sie sie als JJJJ-MM-TTTHH:MM, zum Beispiel 2026-11-24T18:05
cli-not-a-whole-number = „{ $text }“ ist keine ganze Zahl
cli-unknown-language = Die App spricht „{ $text }“ nicht: Wählen Sie eine von { $codes }
cli-unknown-warning-sign = „{ $text }“ ist kein Warnzeichen, das die App kennt: Geben Sie eines von { $codes } an

## Changing the diary from the command line (init, log).

cli-nothing-changed-unreadable-file = { $problem } Es wurde nichts geändert: Die App schreibt nicht in einen Datenordner mit einer Datei, die sie nicht lesen kann, damit diese Datei nie überschrieben wird.
cli-save-failed = { $error }. Von dem, was schon gespeichert war, ging nichts verloren.
cli-no-profile = Es gibt noch kein Profil: Führen Sie zuerst `rehab-tracker init --start YYYY-MM-DD --affected-side left|right|both` aus
cli-affected-side = { $side ->
    [left] links
    [right] rechts
   *[both] beide Seiten
}
cli-profile-saved = Profil in { $dir } { $updated ->
    [yes] aktualisiert
   *[no] angelegt
}: Das Programm beginnt am { $start }, betroffene Seite: { $side }{ $has_code ->
    [yes] , Patientencode { $code }
   *[no] {""}
}.
cli-diary-saved = Tagebucheintrag für den { $date } { $updated ->
    [yes] aktualisiert
   *[no] gespeichert
}.
cli-session-saved = { $count ->
    [one] Einheit vom { $date } gespeichert: { $count } Übung wie verordnet.
   *[other] Einheit vom { $date } gespeichert: { $count } Übungen wie verordnet.
}
cli-side-only-for-injection = --side gibt es nur zusammen mit --kind injection
cli-psfs-mismatch = Geben Sie zu jeder --activity ein --score an ({ $activities ->
    [one] { $activities } Aktivität
   *[other] { $activities } Aktivitäten
}, { $scores ->
    [one] { $scores } Wert
   *[other] { $scores } Werte
})
cli-psfs-saved = Aktivitätswerte (PSFS) vom { $date } gespeichert: { $count } { $count ->
    [one] Aktivität
   *[other] Aktivitäten
}.
cli-warning-signs-saved = Warnzeichen vom { $date } gespeichert:
cli-demo-caseload-written = Beispiel-Patientenliste aus { $count } Export-Paketen (eines davon beschädigt) nach { $dir } geschrieben. Ansehen mit: rehab-tracker review { $dir }
cli-demo-journal-written = Beispiel-Tagebuch über { $weeks } Wochen nach { $dir } geschrieben: { $sessions ->
    [one] { $sessions } Einheit
   *[other] { $sessions } Einheiten
}, { $diary ->
    [one] { $diary } Tagebucheintrag
   *[other] { $diary } Tagebucheinträge
}, { $events ->
    [one] { $events } Ereignis
   *[other] { $events } Ereignisse
}.

## `status`: where the diary stands against the plan.

cli-status-unreadable = { $problems } Der Stand braucht jede Datei des Tagebuchs, deshalb wird keiner angezeigt.
cli-status-no-profile = In { $dir } gibt es kein Profil: Führen Sie zuerst `rehab-tracker init --start YYYY-MM-DD --affected-side left|right` aus
cli-status-on = Stand am { $date }: { $status }
cli-status-not-started = Das Programm hat noch nicht begonnen (Entscheidungspunkt: Ende von Woche { $decision_week }, { $decision_date }).
cli-status-week-of = Woche { $week } von { $decision_week } (Entscheidungspunkt: Ende von Woche { $decision_week }, { $decision_date }).
cli-status-week-past = Woche { $week } (der Entscheidungspunkt war das Ende von Woche { $decision_week }, { $decision_date }).
cli-status-why = Warum:
cli-status-thresholds-from = Diese Schwellen hat Ihre Behandlerin oder Ihr Behandler festgelegt, aus { $source ->
    [file] der Programmdatei (programme.ron):
   *[default] dem Standardprogramm (es ist noch keine Programmdatei gespeichert):
}
cli-status-rule-baseline = - Anfangsschmerz: der Durchschnitt des stärksten Schmerzes jedes Tages über die ersten { $days } Tage (mindestens { $min } Tage eingetragen) oder die { $days } Tage vor dem Beginn;
cli-status-rule-current = - Schmerz jetzt: derselbe Durchschnitt über die letzten { $days } Tage (mindestens { $min } Tage eingetragen);
cli-status-rule-change = - die vereinbarte Veränderung: mindestens { $points } oder { $percent } weniger Schmerz; bei den Aktivitätswerten (PSFS) { $psfs } mehr;
cli-status-rule-sessions = - Einheiten: mindestens { $percent } der verordneten ({ $per_week } pro Woche, Tage mit verordneter Ruhe und Abwesenheit nicht mitgezählt);
cli-status-rule-weeks = - Zwischenkontrolle in Woche { $checkin }, Entscheidungspunkt am Ende von Woche { $decision };
cli-status-rule-worsening = - wenden Sie sich an Ihre Behandlerin oder Ihren Behandler, wenn der Wochendurchschnitt des Schmerzes { $weeks } Wochen in Folge { $points } oder mehr über Ihrem Anfangswert liegt.
cli-status-not-a-diagnosis = Dies ist eine Zusammenfassung Ihres Tagebuchs im Vergleich zum Plan Ihrer Behandlerin oder Ihres Behandlers. Es ist keine Diagnose und kein Ersatz für eine Behandlung.

## `export`.

cli-export-reversed = --from liegt nach --to: Geben Sie den ersten Tag zuerst an
cli-export-no-data-folder = Unter { $dir } gibt es keinen Datenordner, es gibt also nichts zu exportieren
cli-export-inside-data-folder = { $out } liegt im Datenordner { $dir }; schreiben Sie den Export woandershin, damit er Ihre Daten nie überschreiben kann
cli-export-unreadable = { $problem } Es wurde nichts exportiert: Einem Export ohne diese Datei würde ein Teil des Tagebuchs fehlen.
cli-export-empty = { $dir } enthält noch kein Tagebuch, es gibt also nichts zu exportieren
cli-export-sheet-written = Programmblatt nach { $out } geschrieben ({ $bytes } Bytes): Öffnen Sie es im Browser, um es zu drucken.
cli-export-written = { $sessions ->
    [one] { $sessions } Einheit
   *[other] { $sessions } Einheiten
}, { $diary ->
    [one] { $diary } Tagebucheintrag
   *[other] { $diary } Tagebucheinträge
}, { $events ->
    [one] { $events } Ereignis
   *[other] { $events } Ereignisse
} und { $psfs ->
    [one] { $psfs } PSFS-Bewertung
   *[other] { $psfs } PSFS-Bewertungen
} nach { $out } exportiert ({ $files ->
    [one] { $files } Datei
   *[other] { $files } Dateien
}, { $bytes } Bytes).
cli-export-pseudonymised = Pseudonymisiert: Der Patient heißt { $patient }, Notizen wurden weggelassen.
cli-export-encrypted = Verschlüsselt für { $who } ({ $key }): Nur deren Identität öffnet es, in rehab-tracker review oder mit: age -d -i identity.txt { $out }
cli-export-checksum = Prüfsumme (SHA-256): { $sum }. Prüfen mit: rehab-tracker check { $out }
cli-export-nobody-pinned = Es ist noch keine Behandlerin und kein Behandler hinterlegt: Das geschieht, wenn Sie ein von ihnen signiertes Programm übernehmen. Geben Sie stattdessen deren öffentlichen Schlüssel (age1…) oder die Datei recipient.txt an, die Sie bekommen haben
cli-export-pinned-key-unusable = Der Schlüssel der hinterlegten Behandlungsperson ist nicht verwendbar: { $error }
cli-export-key-holder = die Inhaberin oder den Inhaber dieses Schlüssels
cli-export-key-file-holder = die Inhaberin oder den Inhaber des Schlüssels in { $file }
cli-export-bad-recipient = --encrypt-to nimmt pinned, einen öffentlichen Schlüssel, der mit age1 beginnt, oder eine Datei, die einen enthält; „{ $given }“ ist nichts davon
cli-export-no-key-in-file = { $file } enthält keinen öffentlichen age-Schlüssel (eine Zeile, die mit age1 beginnt)

## `check`.

cli-check-set-aside = { $path } ist eine beschädigte Datei, die die App beiseitegelegt hat, als sie eine frühere gute Kopie zurückholte; sie kann gelöscht werden, sobald nichts vermisst wird.
cli-check-unreadable = Die Datei { $path } konnte nicht gelesen werden: { $error }.
cli-check-encrypted-no-identity = { $path } ist verschlüsselt (age-Format), daher konnte ihr Inhalt nicht geprüft werden: Geben Sie mit --identity FILE die Identitätsdatei der Behandlungsperson an, für die sie erstellt wurde.
cli-check-encrypted-opened = { $path } ist verschlüsselt (age-Format); sie ließ sich mit der angegebenen Identität öffnen, und ihr Inhalt wurde geprüft.
cli-check-encrypted-failed = { $path } ist verschlüsselt (age-Format) und konnte nicht geöffnet werden: { $error }.
cli-check-tar = { $path } enthält ein tar-Archiv von { $bytes } Bytes (ein CSV-Export): Entpacken Sie es mit tar -x, um die Tabellen zu lesen.
cli-check-programme-file = Eine Programmdatei einer Behandlungsperson, für Patient { $patient }, geschrieben am { $written }; { $signed }, und ihr Programm ist in sich stimmig.
cli-check-no-code = (kein Code)
cli-check-unsigned = nicht signiert (die App kann nicht sagen, wer sie geschrieben hat); ihre Prüfsumme stimmt
cli-check-signed = signiert von { $name } (Signaturschlüssel { $key }); die Signatur stimmt
cli-check-programme-refused = Die Programmdatei { $path } kann nicht übernommen werden: { $error }.
cli-check-pinned-keys-unusable = Die Datei { $path } hinterlegt eine Behandlungsperson, deren Schlüssel nicht verwendbar sind: { $error }.
cli-check-bundle-untrusted = Dem Export-Paket { $path } kann nicht vertraut werden: { $error }.
cli-check-missing = { $path } gibt es nicht
cli-check-no-identity = { $error }. Es wurde nichts geprüft.
cli-check-counts = { $path }: { $files ->
    [one] { $files } Datei
   *[other] { $files } Dateien
}, { $sessions ->
    [one] { $sessions } Einheit
   *[other] { $sessions } Einheiten
}, { $diary ->
    [one] { $diary } Tagebucheintrag
   *[other] { $diary } Tagebucheinträge
}, { $events ->
    [one] { $events } Ereignis
   *[other] { $events } Ereignisse
}.
cli-check-bundle = Export-Paket, geschrieben von rehab-tracker { $version } am { $at }{ $pseudonymised ->
    [yes] , pseudonymisiert
   *[no] {""}
}; die Prüfsumme stimmt (SHA-256 { $sum }).
cli-check-problem = Problem: { $problem }
cli-check-note = Hinweis: { $note }
cli-check-sound = In Ordnung.
cli-check-not-sound = Nicht in Ordnung.
cli-check-problems-found = { $count ->
    [one] { $count } Problem gefunden
   *[other] { $count } Probleme gefunden
}

## `review --summary`: the clinician's caseload table.

cli-review-window-only = Das Review-Fenster öffnet sich nur aus der App; fügen Sie --summary hinzu, um die Tabelle auszugeben
cli-review-nothing-named = Nennen Sie mindestens ein Paket oder einen Ordner mit Paketen
cli-review-no-identity = { $error }. Es wurde nichts geöffnet.
cli-review-failed = { $failed } von { $total } Dateien konnten nicht geöffnet werden (oben aufgeführt)
cli-review-col-patient = Patient
cli-review-col-week = Woche
cli-review-col-status = Status
cli-review-col-adherence = Adhärenz
cli-review-col-improvement = Verbesserung
cli-review-col-last-entry = Letzter Eintrag
cli-review-col-quiet-for = Ohne Einträge seit
cli-review-col-warning-signs = Warnzeichen
cli-review-col-file = Datei
cli-review-none-due = keine fällig
cli-review-no-entry = keiner
cli-review-days-without = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
}{ $quiet ->
    [yes] {" "}(verstummt)
   *[no] {""}
}
cli-review-no-bundle = Es wurde kein Paket gefunden.
cli-review-none-opened = { $count ->
    [one] Kein Paket konnte geöffnet werden: Die Datei unten war nicht lesbar.
   *[other] Kein Paket konnte geöffnet werden: Die { $count } Dateien unten waren nicht lesbar.
}
cli-review-note = Hinweis zu { $patient } ({ $file }): { $note }
cli-review-could-not-open = { $path } konnte nicht geöffnet werden: { $reason }.
cli-review-needs-identity = Geben Sie sie mit --identity FILE an.

## `remind`.

cli-remind-unreadable = { $problem } Es wurde keine Erinnerung angezeigt; öffnen Sie die App, um das zu klären.
cli-remind-nothing-due = Jetzt ist nichts fällig.
cli-remind-nothing-new = Jetzt ist nichts Neues fällig: Die heutigen Erinnerungen wurden schon angezeigt.
cli-remind-shown = Angezeigt: { $summary }
cli-remind-try-out = Das war ein Probelauf (--at): Er gilt nicht als angezeigt, die Erinnerung kommt also trotzdem zu ihrer Zeit.
cli-remind-opened = App geöffnet.
cli-remind-not-noted = Es konnte nicht vermerkt werden, dass die Erinnerung angezeigt wurde: { $error }

## `clinician keygen`.

cli-keygen-made = Schlüssel von { $name } in { $dir } erstellt.
cli-keygen-secret = Geheim – behalten Sie sie für sich und sichern Sie sie (nur für Sie lesbar):
cli-keygen-public = Öffentlich, zum Weitergeben:
cli-keygen-age-key = Öffentlicher Verschlüsselungsschlüssel (age): { $key }
cli-keygen-signing-key = Öffentlicher Signaturschlüssel (minisign, Schlüssel-ID { $id }): { $key }
cli-keygen-done = Programme, die Sie im Review-Fenster speichern, werden mit diesen Schlüsseln signiert; an Sie verschlüsselte Exporte von Patienten öffnen sich mit identity.txt.

## Die Texte von --help.

cli-help-about = Privates Tagebuch und Plan für ein Hüft-Kräftigungsprogramm zu Hause
cli-help-data-dir = Diesen Datenordner statt des üblichen verwenden (für Tests und portable Installationen)
cli-help-lang = In dieser Sprache sprechen (en, de, fr, es), gleich welche der Desktop oder die Einstellungen haben
cli-help-demo-window = Das Fenster mit einem erzeugten Beispieltagebuch in einem temporären Ordner öffnen; echte Daten werden nie angerührt
cli-help-date = Der Tag (YYYY-MM-DD); heute, wenn weggelassen
cli-help-note = Eine Notiz
cli-help-init-about = Das Profil einrichten: Startdatum, betroffene Seite, Einheiten
cli-help-init-start = Der Tag, an dem das Programm beginnt (YYYY-MM-DD)
cli-help-init-affected-side = Die schmerzende Seite oder beide (einseitige Übungen beginnen dann links)
cli-help-init-units = Einheiten für Gewichte
cli-help-init-patient-code = Ein kurzer Code, den Sie Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten statt Ihres Namens geben (bleibt, wenn weggelassen)
cli-help-log-about = Einen Tagebucheintrag, eine Trainingseinheit oder ein Ereignis festhalten
cli-help-log-diary-about = Ein Tagebucheintrag: Schmerz jetzt, stärkster Schmerz der letzten 24 Stunden, Sitzdauer
cli-help-log-diary-worst = Stärkster Schmerz der letzten 24 Stunden, 0-10
cli-help-log-diary-now = Schmerz jetzt, 0-10
cli-help-log-diary-sitting-mins = Minuten, die Sie sitzen können, bevor der Schmerz Sie zum Aufstehen bringt, 0-1440
cli-help-log-diary-day-state = Wie der Tag war
cli-help-log-session-about = Eine Trainingseinheit wie verordnet
cli-help-log-session-as-prescribed = Jede Übung in ihrer verordneten Dosis gemacht
cli-help-log-session-pain-during = Der stärkste Schmerz während der Einheit, 0-10
cli-help-log-session-next-morning = Schmerz am nächsten Morgen, 0-10
cli-help-log-event-about = Eine Injektion, ein Termin bei der Behandlerin oder dem Behandler oder eine Änderung der Medikamente
cli-help-log-event-kind = Was geschah
cli-help-log-event-side = Die Seite, bei einer Injektion
cli-help-log-psfs-about = Aktivitätswerte (PSFS): jede Aktivität, die Sie bewerten, 0 (nicht möglich) bis 10 (wie früher)
cli-help-log-psfs-activity = Eine Aktivität, in Ihren Worten (bis zu drei, jede gefolgt von ihrem --score)
cli-help-log-psfs-score = Der Wert der Aktivität davor, 0-10
cli-help-log-warning-sign-about = Warnzeichen, die Sie jetzt haben; zeigt, was zu tun ist
cli-help-log-warning-sign-sign = Ein Warnzeichen, das Sie haben (eines oder mehrere angeben): saddle-numbness, bladder-or-bowel, sexual-function, hot-swollen-joint, progressive-weakness, constant-night-pain, weight-loss-or-night-sweats, cancer-history
cli-help-demo-about = Ein erzeugtes Beispieltagebuch in einen neuen Ordner schreiben
cli-help-demo-weeks = Wie viele Wochen erzeugt werden (520 sind zehn Jahre)
cli-help-demo-out = Ein neuer (oder leerer) Ordner, in den geschrieben wird
cli-help-demo-seed = Der Zufallsstartwert: derselbe Startwert und dasselbe Enddatum ergeben dasselbe Tagebuch
cli-help-demo-end = Der letzte Tag des Tagebuchs (YYYY-MM-DD); heute, wenn weggelassen
cli-help-demo-caseload = Stattdessen Beispielfälle für das Review-Fenster schreiben: Export-Bündel von acht Patienten, eines je Status, und ein beschädigtes Bündel
cli-help-demo-every-kind = Außerdem ein Beispiel jeder anderen Art von Eintrag festhalten (PSFS-Werte, eine Medikamentenänderung, Stufenwechsel, ein Warnzeichen mit Notiz und nach einem halben Jahr eine Injektion), damit jeder Teil der Exporte etwas zu zeigen hat
cli-help-check-about = Einen Datenordner oder eine von der App geschriebene Datei prüfen (auch ein Export-Bündel); Exit-Code 0, wenn in Ordnung, 1, wenn nicht
cli-help-check-path = Ein Datenordner oder eine von der App geschriebene Datei
cli-help-check-json = Das Ergebnis als JSON ausgeben
cli-help-check-identity = Die Identitätsdatei der Behandlerin oder des Behandlers (identity.txt aus `clinician keygen`), um einen verschlüsselten Export (`.age`) zu öffnen und seinen Inhalt zu prüfen; ohne sie wird eine verschlüsselte Datei als nicht geprüft gemeldet
cli-help-status-about = Wo das Tagebuch gegenüber dem Plan der Behandlerin oder des Behandlers an einem Tag steht. Nur lesend
cli-help-status-on = Der zu beurteilende Tag (YYYY-MM-DD); heute, wenn weggelassen
cli-help-status-json = Ein JSON-Objekt statt der Zusammenfassung ausgeben
cli-help-export-about = Das Tagebuch für die Physiotherapie exportieren: CSV-Tabellen, ein Bündel oder FHIR
cli-help-export-format = Was geschrieben wird
cli-help-export-out = Wohin: ein Ordner für CSV (wird angelegt, wenn er fehlt), eine Datei für die anderen
cli-help-export-from = Der erste einzuschließende Tag (YYYY-MM-DD)
cli-help-export-to = Der letzte einzuschließende Tag (YYYY-MM-DD)
cli-help-export-pseudonymise = Den Patientencode durch ein Pseudonym ersetzen und jede freie Notiz weglassen
cli-help-export-fhir-bundle = Für `--format fhir`: eine `transaction` (Standard: ein FHIR-Server lädt sie an seiner Basis-URL, und ein zweiter Export aktualisiert dieselben Ressourcen) oder eine `collection` (eine Datei zum Lesen oder Archivieren)
cli-help-export-encrypt-to = Den Export so verschlüsseln, dass nur eine Behandlerin oder ein Behandler ihn öffnen kann: `pinned` (die Person, deren signiertes Programm Sie übernommen haben), ihr öffentlicher Schlüssel (`age1…`) oder eine Datei, die ihn enthält (die recipient.txt, die Sie bekommen haben). Ausgabe ist eine age-Datei; ein CSV-Export wird ein verschlüsseltes tar-Archiv
cli-help-review-about = Für Behandelnde: Export-Bündel von Patienten (Dateien oder Ordner davon) nur lesend öffnen. Öffnet das Review-Fenster oder gibt mit --summary die Fallübersicht aus
cli-help-review-paths = Bündel oder Ordner, die sie enthalten (jede `.ron`-Datei direkt darin)
cli-help-review-summary = Die Fallübersicht ausgeben, statt das Fenster zu öffnen; Exit-Code 1, wenn eine Datei nicht geöffnet werden konnte (die anderen werden trotzdem aufgeführt)
cli-help-review-json = Mit --summary: ein JSON-Objekt ausgeben (Zeilen und Fehler)
cli-help-review-identity = Ihre Identitätsdatei (identity.txt aus `clinician keygen`), um an Sie verschlüsselte Exporte (`.age`-Dateien) zu öffnen
cli-help-clinician-about = Für Behandelnde: die Schlüssel erzeugen, die Programme signieren und verschlüsselte Exporte öffnen
cli-help-clinician-keygen-about = Ein neues Schlüsselpaar in einem Ordner erzeugen: eine geheime Identität, die an Sie verschlüsselte Exporte öffnet, einen geheimen Schlüssel, der Ihre Programme signiert, und deren öffentliche Hälften zum Weitergeben. Vorhandene Schlüssel werden nie überschrieben
cli-help-clinician-keygen-out = Der Ordner für die Schlüssel (wird angelegt, wenn er fehlt; nur für Sie lesbar)
cli-help-clinician-keygen-name = Der Name, den Patienten auf Ihren Programmen sehen, etwa "Jane Physio, Hüftambulanz"
cli-help-remind-about = Die jetzt fälligen Erinnerungen (Training, Tagebuch) als eine Desktop-Benachrichtigung zeigen; der Zeitgeber der App führt dies aus. Exit-Code 1, wenn keine Benachrichtigung gezeigt werden kann
cli-help-remind-at = Entscheiden, als wäre es diese Ortszeit (YYYY-MM-DDTHH:MM), um zu sehen, was fällig wäre. Ein Probelauf: was gezeigt wird, gilt nicht als gezeigt, die echte Erinnerung kommt also trotzdem
cli-help-remind-print-only = Ausgeben, was fällig ist, statt eine Benachrichtigung zu zeigen (und nichts als gezeigt vermerken)
cli-help-remind-wait-for-click = Sekunden, die auf einen Klick auf die Benachrichtigung gewartet wird, der die App öffnet; 0, um sofort zu beenden
cli-help-heading-usage = Aufruf:
cli-help-heading-commands = Befehle
cli-help-heading-arguments = Argumente
cli-help-heading-options = Optionen
cli-help-help = Hilfe anzeigen
cli-help-help-short = Hilfe anzeigen (mehr mit '--help')
cli-help-help-long = Hilfe anzeigen (kurz mit '-h')
cli-help-version = Version anzeigen
cli-help-help-command = Diese Hilfe oder die Hilfe der genannten Befehle anzeigen
cli-help-value-left-hip = Die linke Hüfte
cli-help-value-right-hip = Die rechte Hüfte
cli-help-value-both-hips = Beide Hüften
cli-help-value-kg = Kilogramm
cli-help-value-lb = Pfund
cli-help-value-normal = Ein gewöhnlicher Tag
cli-help-value-flare = Ein Schub
cli-help-value-rest-advised = Ruhe, von der Behandlerin oder dem Behandler geraten
cli-help-value-away = Krank oder unterwegs
cli-help-value-injection = Eine Injektion
cli-help-value-clinician-visit = Ein Termin bei der Behandlerin oder dem Behandler
cli-help-value-medication-change = Eine Änderung der Medikamente
cli-help-value-left = Links
cli-help-value-right = Rechts
cli-help-value-csv = Ein Ordner mit CSV-Tabellen: Einheiten, Sätze, Tagebuch, Ereignisse, PSFS
cli-help-value-bundle = Eine RON-Datei mit Prüfsumme, die alles enthält; `check` prüft sie
cli-help-value-fhir = Ein FHIR-R4-Bundle (JSON) aus Observations
cli-help-value-report = Ein einseitiger HTML-Bericht mit Diagrammen, zum Lesen oder Drucken auf A4
cli-help-value-sheet = Das Programmblatt: Bild, Stufe, Dosis und Hinweise jeder Übung, auf A4
cli-help-value-transaction = Jeder Eintrag mit seiner Anfrage: PUT, mit gleichbleibenden Kennungen
cli-help-value-collection = Nur die Ressourcen
