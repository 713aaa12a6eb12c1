### The clinician's report page.
### Every id here starts with "report-". German.

## Der einseitige Bericht für die Behandelnden: sachlich, in der dritten Person.

report-title = Heimübungsprogramm: Bericht für Behandelnde
report-patient = Patient/in { $name }
report-patient-pseudonym = Patient/in { $name } (Pseudonym: kein Code angegeben)
report-meta = { $programme } · Beginn { $start } · betroffene Seite { $side } · Zeitraum { $first } bis { $last } · Export { $exported } { $time }
report-footer = Patiententagebuch, zusammengefasst am Plan der Behandelnden; keine Diagnose. Schwellenwerte aus der Programmdatei „{ $programme }“. Erstellt mit rehab-tracker { $version }.
report-no-data = im Datenordner gibt es noch kein Profil und kein Programm, daher gibt es nichts zu berichten

## Kennzahlen

report-number-week = Woche
report-number-week-value = { $week } (Kontrolle Woche { $checkin }, Entscheidung Ende Woche { $decision })
report-number-sessions = Absolvierte Einheiten
report-number-sessions-value = { $adherence }; Schwelle { $threshold } %
report-number-baseline = Max. Schmerz zu Beginn
report-number-baseline-first = { $pain } / 10 ({ $days ->
        [one] erster Tag
       *[other] erste { $days_text } Tage
    })
report-number-baseline-before = { $pain } / 10 ({ $days ->
        [one] { $days_text } Tag vor Beginn
       *[other] { $days_text } Tage vor Beginn
    })
report-number-baseline-not-yet = nicht berechnet: braucht { $needs ->
        [one] { $needs_text } Tag
       *[other] { $needs_text } Tage
    } mit Eintrag in { $days ->
        [one] { $days_text } Tag
       *[other] { $days_text } Tagen
    } ({ $have_text } eingetragen)
report-number-current = Max. Schmerz zuletzt
report-number-current-value = { $pain } / 10 ({ $days ->
        [one] letzter Tag
       *[other] letzte { $days_text } Tage
    })
report-number-current-not-yet = nicht berechnet: braucht { $needs ->
        [one] { $needs_text } Tag
       *[other] { $needs_text } Tage
    } mit Eintrag in { $days ->
        [one] { $days_text } Tag
       *[other] { $days_text } Tagen
    } ({ $have_text } eingetragen)
report-number-change = Veränderung
report-number-change-value = { $change }; Ziel { $points } oder { $percent } %
report-number-change-not-yet = noch nicht berechnet (beide Werte nötig)
report-number-psfs = PSFS
report-number-psfs-value = Mittel { $start } zu Beginn, { $lately } zuletzt: { $change } (relevante Veränderung: { $important })
report-number-psfs-no-start = Veränderung nicht berechnet: keine Bewertung { $days ->
        [one] am ersten Tag
       *[other] in den ersten { $days_text } Tagen
    } des Programms oder { $days ->
        [one] am Tag
       *[other] in den { $days_text } Tagen
    } davor
report-number-psfs-no-lately = Veränderung nicht berechnet: keine Bewertung { $days ->
        [one] am letzten Tag
       *[other] in den letzten { $days_text } Tagen
    }
report-number-sitting = Sitztoleranz
report-minutes = { $minutes } min
report-number-sitting-both = { $start } zu Beginn, { $lately } zuletzt ({ $change })
report-number-sitting-start-only = { $start } zu Beginn; zuletzt zu wenige Einträge
report-number-sitting-lately-only = { $lately } zuletzt; zu Beginn zu wenige Einträge
report-number-sitting-none = zu wenige Einträge für eine Berechnung

## Diagramme

report-chart-pain = Max. Schmerz, { $period ->
        [day] Tagesmittel
        [week] Wochenmittel
        [quarter] Quartalsmittel
        [year] Jahresmittel
       *[month] Monatsmittel
    } (0-10)
report-chart-sessions = Einheiten, % der verordneten ({ $period ->
        [day] täglich
        [week] wöchentlich
        [quarter] vierteljährlich
        [year] jährlich
       *[month] monatlich
    })
report-chart-start = Beginn { $value }
report-chart-target = Ziel { $value }
report-chart-threshold = Schwelle { $value } %
report-chart-injection = Injektion
report-chart-injection-side = Injektion { $side }
report-chart-empty = keine Einträge in diesem Zeitraum

## Die letzten vier Wochen

report-recent-heading = Letzte vier Wochen
report-recent-week = Wo. { $week }: { $from }–{ $to }
report-recent-sessions = Einheiten (ist / soll)
report-recent-lights = Ampeln
report-lights-green = { $count ->
       *[other] { $count_text } grün
    }
report-lights-amber = { $count ->
       *[other] { $count_text } gelb
    }
report-lights-red = { $count ->
       *[other] { $count_text } rot
    }
report-lights-provisional = { $count ->
       *[other] { $count_text } vorläufig
    }
report-lights-none = keine
report-recent-pain = Schmerz, Mittel (Max.)
report-recent-no-entries = keine Einträge
report-dose = St.{ $level } { $sets }×{ $each }{ $sided ->
        [yes] {" "}je Seite
       *[no] {""}
    }{ $load ->
        [none] {""}
       *[other] , { $load } kg
    }
report-dose-seconds = { $seconds } s
report-dose-not-done = nicht gemacht
report-dose-legend = Dosis: höchste Stufe der Woche (St.), Sätze × Wiederholungen (oder Sekunden gehalten) pro Einheit und schwerstes Zusatzgewicht.

## Ereignisse und Bewertungen

report-events-heading = Ereignisse und Bewertungen in diesem Zeitraum
report-section-warning-signs = Warnzeichen
report-section-injections = Injektionen
report-section-medication = Medikamentenänderungen
report-section-visits = Behandlungstermine
report-section-levels = Stufenwechsel
report-section-flares = Tage mit Schmerzschub
report-section-psfs = PSFS-Bewertungen
report-section-empty = Nichts eingetragen.
report-section-earlier = { $count ->
       *[other] und { $count_text } frühere (alle in den CSV-, Paket- und FHIR-Exporten)
    }
report-note = Notiz: „{ $note }“
report-warning-item = { $date } { $time }: { $signs }; { $state }.
report-warning-standing = offen: seitdem kein Behandlungstermin eingetragen
report-warning-seen = danach wurde ein Behandlungstermin eingetragen
report-injection-item = { $date }: { $side }{ $guidance }{ $effect }.
report-injection-side = Seite { $side }
report-injection-no-side = Seite nicht angegeben
report-injection-effect = ; stärkster Schmerz { $before } davor, { $after } bis { $until }: { $change }
report-level-item = { $date }: { $exercise }, Stufe { $from } auf { $to }.
report-flare-day = { $date }.
report-flare-run = { $from } bis { $to } ({ $days ->
        [one] { $days_text } Tag
       *[other] { $days_text } Tage
    }).
report-psfs-item = { $date }: Mittel { $mean } ({ $scores }).
report-dated-item = { $date }.

## Notizen

report-note-diary = { $date } (Tagebuch): { $note }
report-note-session = { $date } (Einheit): { $note }
report-notes-heading = Patientennotizen seit { $date }
report-notes-earlier = { $count ->
        [one] { $count_text } frühere Notiz steht in den CSV- und Paket-Exporten.
       *[other] { $count_text } frühere Notizen stehen in den CSV- und Paket-Exporten.
    }
report-notes-none-since = Keine Notizen seit { $date }; { $count ->
        [one] { $count_text } frühere in den CSV- und Paket-Exporten.
       *[other] { $count_text } frühere in den CSV- und Paket-Exporten.
    }
report-notes-next-page = Die Patientennotizen ({ $count_text }) stehen auf der nächsten Seite.
report-appendix-heading = { $title }: Patientennotizen
report-page-number = Seite { $page } von { $pages }

## Der gedruckte Übungsplan für die Patientin / den Patienten (Sie-Form).

report-sheet-title = Ihr Übungsprogramm
report-sheet-meta = { $programme } · { $sessions ->
        [one] { $sessions_text } Einheit pro Woche
       *[other] { $sessions_text } Einheiten pro Woche
    } · gedruckt am { $date } · Bilder für die Seite: { $side }
report-sheet-level = Stufe { $level } von { $levels }: { $name }
report-sheet-dose-each-side = { $dose }, je Seite
report-sheet-remember = Denken Sie daran: { $cue }
report-sheet-all-levels = Die Übungen in jeder Stufe
report-sheet-level-caption = Stufe { $level }: { $name }
report-sheet-no-programme = es gibt noch kein Programm zum Drucken: richten Sie zuerst die App ein
