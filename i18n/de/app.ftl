### The window's shell: title, top bar, tabs and shared buttons.
### Every id here starts with "app-". German.


app-title = Rehab tracker
app-sample-data = Beispieldaten
app-sample-data-tooltip = Ein erzeugtes Tagebuch in einem temporären Ordner. Ihre eigenen Daten werden nicht angerührt.
app-window-name = Rehab tracker: { $screen }
app-window-review = Durchsicht
app-window-setup = Einrichtung
app-window-guided = geführte Einheit

app-command-today = Heute
app-command-today-tooltip = Heute: die heutige Einheit eintragen
app-command-diary = Tagebuch
app-command-diary-tooltip = Tagebuch: Ihre Schmerzen und Ihr Tag, einmal täglich
app-command-history = Verlauf
app-command-history-tooltip = Verlauf: alle Einträge, die neuesten zuerst
app-command-progress = Fortschritt
app-command-progress-tooltip = Fortschritt: wo Sie im Vergleich zu Ihrem Plan stehen
app-command-close-review = Durchsicht schließen
app-command-close-review-tooltip = Zurück zu Ihrem eigenen Tagebuch
app-command-warning-signs = Warnzeichen
app-command-warning-signs-tooltip = Wann Sie schnell Hilfe holen sollten
app-command-help = Hilfe
app-command-help-tooltip = Hilfe: was diese App ist, wo Ihre Daten liegen, Tastenkürzel
app-command-settings = Einstellungen
app-command-settings-tooltip = Erinnerungen für Ihre Trainingstage und Ihr Tagebuch; helle oder dunkle Farben
app-command-export = Exportieren…
app-command-export-tooltip = Einen Bericht oder Ihre Daten für Ihre Physiotherapeutin oder Ihren Physiotherapeuten schreiben
app-command-import-programme = Programm von Ihrer Behandlerin / Ihrem Behandler…
app-command-import-programme-tooltip = Eine Programmdatei öffnen, die Ihre Behandlerin oder Ihr Behandler für Sie gespeichert hat
app-command-open-review = Zur Durchsicht öffnen…
app-command-open-review-tooltip = Für Behandelnde: Exporte von Patientinnen und Patienten öffnen, nur lesend
app-command-dark-theme = Dunkle Farben
app-command-dark-theme-tooltip = Zu dunklen Farben wechseln
app-command-light-theme = Helle Farben
app-command-light-theme-tooltip = Zu hellen Farben wechseln
app-command-undo = Rückgängig
app-command-undo-tooltip = Die letzte Änderung zurücknehmen
app-command-redo = Wiederholen
app-command-redo-tooltip = Das Zurückgenommene erneut ausführen
app-command-start-session = Einheit beginnen
app-command-start-session-tooltip = Führt Sie Übung für Übung durch die heutige Einheit, in großer Schrift, lesbar von der Matte aus
app-command-close-window = Schließen
app-command-close-window-tooltip = Das Fenster über der App schließen
app-command-zoom-in = Größere Schrift
app-command-zoom-in-tooltip = Größere Schrift
app-command-zoom-out = Kleinere Schrift
app-command-zoom-out-tooltip = Kleinere Schrift
app-command-zoom-reset = Normale Schriftgröße
app-command-zoom-reset-tooltip = Schrift zurück auf normale Größe

app-keys-or = { $keys } oder { $key }
app-with-keys = { $what } ({ $keys })

app-menu-clinician = Behandelnde
app-more = Mehr
app-more-tooltip = Hilfe, Export, Einstellungen, das Menü für Behandelnde und Farben

app-not-saved = Nicht gespeichert: { $reason }
app-undo-what = Zurücknehmen: { $what }
app-undo-last = Die letzte Änderung zurücknehmen
app-redo-what = Erneut ausführen: { $what }
app-redo-last = Das Zurückgenommene erneut ausführen
app-all-saved = Alle Einträge gespeichert
app-saving = Wird gespeichert…
app-not-saved-yet = Noch nicht gespeichert: { $error }. Ihre Einträge bleiben erhalten, solange die App geöffnet ist, und sie versucht es erneut.
app-try-again = Jetzt erneut versuchen
app-read-only-status = Nur lesen: es wird nichts gespeichert
app-done = Erledigt: { $what }.
app-done-not-saved = { $done } Nicht gespeichert: { $reason }
app-nothing-to-undo = Nichts zum Zurücknehmen.
app-nothing-to-redo = Nichts zum erneuten Ausführen.
app-undone = Zurückgenommen: { $what }.
app-done-again = Erneut ausgeführt: { $what }.

app-close-title = App schließen?
app-close-lost = { $unsaved } Es geht verloren, wenn die App jetzt geschlossen wird.
app-close-go-back = Zurück dorthin
app-close-without = Ohne es schließen
app-could-not-start-saving = Die App konnte das Speichern nicht starten: { $error }
app-part-unreadable = Ein Teil Ihres Tagebuchs konnte nicht gelesen werden ({ $error }). Bis die App neu geöffnet wird, wird nichts gespeichert.
app-repaired-title = Eine beschädigte Datei wurde repariert
app-got-it = Verstanden
app-read-only-title = Die App ist nur zum Lesen geöffnet
app-read-only-body = Bis das geklärt ist, wird nichts gespeichert, und keine Datei wurde geändert oder gelöscht. Ihre Daten liegen im Ordner { $folder }. Schließen Sie die App, klären Sie, was oben steht (oder zeigen Sie diese Meldung Ihrer Physiotherapeutin, Ihrem Physiotherapeuten oder der Person, die Ihnen mit dem Computer hilft), und öffnen Sie die App dann erneut.
app-opening-months = { $count ->
    [one] Ihr Tagebuch wird geöffnet: noch { $count_text } Monat zu lesen…
   *[other] Ihr Tagebuch wird geöffnet: noch { $count_text } Monate zu lesen…
}
app-working-out-progress = Ihr Fortschritt wird berechnet…

app-scale-name = { $name } (0 bis 10)
app-scale-keys = Eine Zifferntaste setzt den Wert, die Pfeiltasten verschieben ihn, Eingabe geht weiter.
app-scale-keys-not-given = Noch nicht angegeben. Eine Zifferntaste setzt den Wert, die Pfeiltasten verschieben ihn, Eingabe geht weiter.
app-scale-segment = { $name }: { $value }
app-scale-low = 0 = { $low }
app-scale-high = 10 = { $high }
app-pain-low = kein Schmerz
app-pain-high = stärkster vorstellbarer Schmerz
app-score-low = kann es nicht
app-score-high = so gut wie vor dem Problem
app-light-provisional = { $light } (vorläufig)
app-light-tooltip = { $light }: { $meaning }
app-pictures-still = Übungsbilder unbewegt lassen
app-pictures-still-tooltip = Start- und Endposition ohne Bewegung zeigen

## Key names in keyboard shortcuts ("Ctrl+Shift+Z"), as the keyboard of this language labels them.

app-key-ctrl = Strg
app-key-alt = Alt
app-key-shift = Umschalt
app-key-plus = Plus
app-key-minus = Minus
app-key-equals = Gleich
app-key-escape = Esc
