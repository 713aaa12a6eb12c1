### The analysis' words: the status, the reasons behind it (the findings) in the patient's
### voice and the clinician's, the session lights, and the numbers every surface shares.
### Every id here starts with "analysis-". German.

## Numbers shared by every screen.

analysis-percent = { $number }{"\u00A0"}%
analysis-points = { $value ->
    [one] { $value_text } Punkt
   *[other] { $value_text } Punkte
}
analysis-sessions-about = etwa { $count }
analysis-adherence-none = noch keine fällig
analysis-adherence = { $pct } der bisher fälligen Einheiten ({ $counted } von { $prescribed })
analysis-adherence-part-week = { $pct } der bisher fälligen Einheiten ({ $counted } von { $prescribed }: von der laufenden Woche zählen nur die vergangenen Tage)
analysis-week-sessions = { $per_week ->
    [one] { $done } von { $per_week } Einheit diese Woche
   *[other] { $done } von { $per_week } Einheiten diese Woche
}
analysis-change-none = keine Veränderung
analysis-change-better = { $points } besser
analysis-change-better-share = { $points } ({ $share }) besser
analysis-change-worse = { $points } schlechter
analysis-change-worse-share = { $points } ({ $share }) schlechter

## The status.

analysis-status-seek-care-now = Holen Sie sich jetzt Hilfe
analysis-status-seek-care-now-meaning = Sie haben ein Warnzeichen eingetragen, das noch heute ärztliche Hilfe braucht. Warten Sie nicht auf Ihren nächsten Termin: Auf der Seite „Warnzeichen“ steht, an wen Sie sich wenden.
analysis-status-seek-care-now-clinician = Warnzeichen: Versorgung am selben Tag empfohlen
analysis-status-seek-care-now-meaning-clinician = Die Patientin oder der Patient hat ein Warnzeichen eingetragen; seitdem ist kein Behandlungstermin eingetragen. Die App hat geraten, noch heute ärztliche Hilfe zu holen.
analysis-status-contact-clinician-soon = Melden Sie sich bald bei Ihrem Behandlungsteam
analysis-status-contact-clinician-soon-meaning = Etwas in Ihrem Tagebuch braucht bald die Aufmerksamkeit Ihres Behandlungsteams, noch vor der nächsten geplanten Überprüfung. Die Gründe unten sagen, was.
analysis-status-contact-clinician-soon-clinician = Kontakt vor der nächsten Überprüfung nötig
analysis-status-contact-clinician-soon-meaning-clinician = Etwas im Protokoll braucht vor der nächsten geplanten Überprüfung die Aufmerksamkeit einer Behandlerin oder eines Behandlers (die Gründe unten sagen, was). Die App hat gebeten, sich bald zu melden.
analysis-status-no-recent-entries = In letzter Zeit nichts eingetragen
analysis-status-no-recent-entries-meaning = Ihr Tagebuch hat seit einer Weile keine Einträge, deshalb kann es nicht zeigen, wie das Programm läuft. Tragen Sie die heutigen Schmerzen und jede Trainingseinheit ein; wenn Sie das Programm beendet haben, sagen Sie es Ihrem Behandlungsteam.
analysis-status-no-recent-entries-clinician = Keine neuen Einträge: Tagebuch verstummt
analysis-status-no-recent-entries-meaning-clinician = Länger nichts eingetragen, als das Programm zulässt: Das Protokoll kann nicht zeigen, wie das Programm läuft, und wird daher nicht bewertet. Ein Anruf lohnt sich.
analysis-status-keep-going = Weitermachen
analysis-status-keep-going-meaning = Machen Sie mit dem Programm weiter, wie Ihr Behandlungsteam es festgelegt hat. Ihr Tagebuch wird zum Entscheidungszeitpunkt mit den Zielen des Plans verglichen.
analysis-status-keep-going-clinician = Im Programm, keine Entscheidung fällig
analysis-status-keep-going-meaning-clinician = Das Programm läuft. Das Protokoll wird zum Entscheidungszeitpunkt an den Zielen des Programms gemessen.
analysis-status-review-plan = Plan mit Ihrem Behandlungsteam überprüfen
analysis-status-review-plan-meaning = Es wurden weniger Einheiten gemacht, als das Programm für eine faire Beurteilung braucht. Sprechen Sie den Plan mit Ihrem Behandlungsteam durch: was dazwischenkam und ob er geändert werden sollte.
analysis-status-review-plan-clinician = Entscheidungszeitpunkt: zu wenige Einheiten
analysis-status-review-plan-meaning-clinician = Zum Entscheidungszeitpunkt wurden weniger Einheiten gemacht, als das Programm für einen fairen Versuch vorsieht; das Protokoll kann daher nicht zeigen, ob das Programm wirkt. Der Plan ist mit der Patientin oder dem Patienten zu überprüfen.
analysis-status-discuss-next-steps = Nächste Schritte mit Ihrem Behandlungsteam besprechen
analysis-status-discuss-next-steps-meaning = Ihr Protokoll zeigt, dass sich die Schmerzen nicht um den in Ihrem Programm vereinbarten Wert verändert haben. Laut Ihrem Programm ist jetzt der Zeitpunkt, die nächsten Schritte mit Ihrem Behandlungsteam zu besprechen, auch ob eine Überprüfung für eine Injektion angebracht ist.
analysis-status-discuss-next-steps-clinician = Entscheidungszeitpunkt: Veränderung nicht erreicht
analysis-status-discuss-next-steps-meaning-clinician = Zum Entscheidungszeitpunkt, bei genügend Einheiten, hat sich der stärkste Schmerz nicht um den im Programm festgelegten Wert verändert. Nach den Vorgaben des Programms sind die nächsten Schritte zu besprechen, auch ob eine Überprüfung für eine Injektion angebracht ist.
analysis-status-improving = Es wird besser: weitermachen
analysis-status-improving-meaning = Ihr Protokoll zeigt die in Ihrem Programm vereinbarte Veränderung. Machen Sie weiter und halten Sie Ihr Behandlungsteam auf dem Laufenden.
analysis-status-improving-clinician = Besserung wie vereinbart
analysis-status-improving-meaning-clinician = Zum Entscheidungszeitpunkt zeigt das Protokoll die im Programm festgelegte Veränderung.

## A session's traffic light.

analysis-light-green = Grün
analysis-light-amber = Gelb
analysis-light-red = Rot
analysis-light-green-meaning = gut: weitermachen
analysis-light-amber-meaning = in Ordnung: auf derselben Stufe bleiben
analysis-light-red-meaning = zu viel: eine Stufe zurückgehen

## The reasons behind a status.

analysis-warning-sign-today-patient = Sie haben am { $date } ein Warnzeichen eingetragen: { $sign }. Das braucht noch heute ärztliche Hilfe: Auf der Seite „Warnzeichen“ steht, an wen Sie sich wenden.
analysis-warning-sign-soon-patient = Sie haben am { $date } ein Warnzeichen eingetragen: { $sign }. Gehen Sie damit bald zu Ihrer Ärztin oder Ihrem Arzt, noch vor Ihrer nächsten geplanten Überprüfung.
analysis-warning-sign-clinician = Warnzeichen eingetragen am { $date }: { $sign } ({ $advice }).
analysis-warning-signs-held = { $voice ->
    [clinician] Bleibt oben im Status, bis danach ein Behandlungstermin eingetragen ist.
   *[patient] Dies bleibt oben stehen, bis nach dem Warnzeichen ein Behandlungstermin eingetragen ist.
}

analysis-worsening-window = { $mean } in den 7 Tagen bis { $date }
analysis-worsening-then = { $first }, dann { $next }
analysis-worsening-patient = Ihr stärkster Schmerz lag im Durchschnitt bei { $means }: bei oder über { $limit }, also Ihrem Ausgangswert von { $baseline } plus den { $points }, die Ihr Programm festlegt.
analysis-worsening-rule-patient = { $weeks ->
    [one] Ihr Programm bittet Sie, sich bald bei Ihrem Behandlungsteam zu melden, wenn der Schmerz { $weeks } Woche lang so hoch bleibt.
   *[other] Ihr Programm bittet Sie, sich bald bei Ihrem Behandlungsteam zu melden, wenn der Schmerz { $weeks } Wochen in Folge so hoch bleibt.
}
analysis-worsening-clinician = { $weeks ->
    [one] Mittlerer stärkster Schmerz { $means }: bei oder über { $limit } (Ausgangswert { $baseline } plus die { $points } laut Programm), { $weeks } Woche.
   *[other] Mittlerer stärkster Schmerz { $means }: bei oder über { $limit } (Ausgangswert { $baseline } plus die { $points } laut Programm), { $weeks } Wochen in Folge.
}

analysis-quiet = { $voice ->
    [clinician] Kein Eintrag seit { $date }: { $days } Tage ohne Eintrag (das Programm wertet { $quiet_after } als verstummt).
   *[patient] Seit { $date } wurde nichts eingetragen: { $days ->
            [one] { $days } Tag
           *[other] { $days } Tage
        }. Ihr Programm wertet { $quiet_after } Tage ohne Eintrag als verstummtes Tagebuch; es wird daher nicht nach Einträgen beurteilt, die aufgehört haben.
}
analysis-quiet-never = { $voice ->
    [clinician] Kein Eintrag seit Programmbeginn: { $days } Tage ohne Eintrag (das Programm wertet { $quiet_after } als verstummt).
   *[patient] Seit Beginn des Programms wurde nichts eingetragen: { $days ->
            [one] { $days } Tag
           *[other] { $days } Tage
        }. Ihr Programm wertet { $quiet_after } Tage ohne Eintrag als verstummtes Tagebuch; es wird daher nicht nach Einträgen beurteilt, die aufgehört haben.
}

analysis-decision-too-few-entries = { $voice ->
    [clinician] Woche { $week }: Der Entscheidungszeitpunkt (Ende von Woche { $decision_week }) ist vorbei, aber das Tagebuch hat zu wenige Einträge für einen Schmerzvergleich.
   *[patient] Woche { $week } des Programms: Der in Ihrem Programm festgelegte Entscheidungszeitpunkt (das Ende von Woche { $decision_week }) ist erreicht, aber das Tagebuch hat noch nicht genug Einträge, um die Schmerzen damit zu vergleichen.
}
analysis-not-started = { $voice ->
    [clinician] Das Programm hat noch nicht begonnen; der Entscheidungszeitpunkt ist das Ende von Woche { $decision_week } ({ $date }).
   *[patient] Das Programm hat noch nicht begonnen. Ihr Tagebuch wird am Ende von Woche { $decision_week } ({ $date }) mit den Zielen des Plans verglichen.
}
analysis-before-decision = { $voice ->
    [clinician] Woche { $week } von { $decision_week }; der Entscheidungszeitpunkt ist das Ende von Woche { $decision_week } ({ $date }).
   *[patient] Woche { $week } von { $decision_week }: Ihr Tagebuch wird am Ende von Woche { $decision_week } ({ $date }) mit den Zielen des Plans verglichen, wie in Ihrem Programm festgelegt.
}
analysis-check-in = { $voice ->
    [clinician] Dies ist die Zwischenbilanz in Woche { $week }, die das Programm vorsieht.
   *[patient] Dies ist die Zwischenbilanz in Woche { $week }, die Ihr Programm vorsieht: ein guter Zeitpunkt, diese Übersicht Ihrem Behandlungsteam zu zeigen.
}

analysis-sessions-none = { $voice ->
    [clinician] Noch keine Einheiten verordnet (Ruhetage auf Anraten und Abwesenheitstage ausgenommen).
   *[patient] Es sind noch keine Einheiten verordnet (Ruhetage auf Anraten und Tage, an denen Sie krank oder weg waren, zählen nicht).
}
analysis-sessions = { $voice ->
    [clinician] Einheiten: { $pct } der verordneten ({ $done } gemacht von { $prescribed } verordnet, Ruhetage auf Anraten und Abwesenheitstage ausgenommen). Das Programm legt mindestens { $min } fest.
   *[patient] Einheiten: { $pct } der bisher verordneten ({ $done } gemacht, { $prescribed } verordnet, ohne Ruhetage auf Anraten und Abwesenheitstage). Ihr Programm verlangt mindestens { $min }.
}

analysis-pain = { $voice ->
    [clinician] Stärkster Schmerz: Mittelwert { $baseline } { $source ->
            [first-days] in den ersten Tagen des Programms
           *[days-before] in den Tagen vor dem Programm
        }, { $current } in den letzten { $days } Tagen: { $change }. Ziel: mindestens { $target_points } oder { $target_pct } besser (Ziel des Programms).
   *[patient] Stärkster Schmerz: im Durchschnitt { $baseline } { $source ->
            [first-days] in Ihren ersten Tagen im Programm
           *[days-before] in den Tagen vor dem Programm
        }, { $current } in den letzten { $days } Tagen: { $change }. Das Ziel ist mindestens { $target_points } oder { $target_pct } besser (in Ihrem Programm festgelegt).
}
analysis-pain-too-few = { $voice ->
    [clinician] Zu wenige Tagebucheinträge für einen Schmerzvergleich: Das Programm braucht { $baseline_min } Tage mit Eintrag in den ersten { $baseline_days } Tagen (oder den { $baseline_days } Tagen vor dem Beginn; { $baseline_logged } eingetragen) und { $current_min } in den letzten { $current_days } Tagen ({ $current_logged } eingetragen).
   *[patient] Es gibt noch nicht genug Tagebucheinträge, um die Schmerzen zu vergleichen. Ihr Programm braucht { $baseline_min } Tage mit Eintrag in den ersten { $baseline_days } Tagen (oder in den { $baseline_days } Tagen vor dem Beginn; bisher { $baseline_logged }) und { $current_min } in den letzten { $current_days } Tagen (bisher { $current_logged }).
}

analysis-after-weeks = Nach { $decision_week } Wochen
analysis-by-week = Bis Woche { $week } (der Entscheidungszeitpunkt war das Ende von Woche { $decision_week })
analysis-too-few-sessions = { $voice ->
    [clinician] { $after } wurden { $done } der verordneten Einheiten gemacht, weniger als die { $min }, die das Programm festlegt: Nach seinen eigenen Vorgaben ist der Plan nicht vollständig ausprobiert.
   *[patient] { $after } wurden { $done } der verordneten Einheiten gemacht, weniger als die { $min }, die Ihr Programm festlegt. Nach den eigenen Vorgaben des Plans ist er noch nicht vollständig ausprobiert; das Tagebuch kann daher nicht zeigen, ob er wirkt.
}
analysis-change-not-reached = { $voice ->
    [clinician] { $after } wurden { $done } der verordneten Einheiten gemacht; der stärkste Schmerz hat sich nicht um den im Programm festgelegten Wert verändert.
   *[patient] { $after } wurden { $done } der verordneten Einheiten gemacht, und Ihr Protokoll zeigt, dass sich der stärkste Schmerz nicht um den in Ihrem Programm vereinbarten Wert verändert hat.
}
analysis-change-reached = { $voice ->
    [clinician] { $after } wurden { $done } der verordneten Einheiten gemacht; das Protokoll zeigt die im Programm festgelegte Veränderung.
   *[patient] { $after } wurden { $done } der verordneten Einheiten gemacht, und Ihr Protokoll zeigt die in Ihrem Programm vereinbarte Veränderung.
}
analysis-next-steps-patient = Laut Ihrem Programm ist jetzt der Zeitpunkt, die nächsten Schritte mit Ihrem Behandlungsteam zu besprechen, auch ob eine Überprüfung für eine Injektion angebracht ist.

analysis-psfs = { $voice ->
    [clinician] PSFS-Mittelwert { $direction ->
            [rose] stieg
           *[fell] sank
        } um { $by } (wichtige Veränderung laut Programm: { $important }).
   *[patient] Ihre Aktivitätswerte (PSFS) { $direction ->
            [rose] stiegen
           *[fell] sanken
        } um { $by }; Ihr Programm wertet { $important } als wichtige Veränderung.
}

analysis-injection = { $voice ->
    [clinician] Seit der Injektion am { $date }: stärkster Schmerz { $before } in den { $before_days } Tagen davor, { $now } { $ongoing ->
            [yes] in den letzten { $now_days } Tagen
           *[no] in den { $now_days } Tagen bis { $now_to }
        }: { $change }.
   *[patient] Seit der Injektion am { $date }: stärkster Schmerz { $before } in den { $before_days } Tagen davor, { $now } { $ongoing ->
            [yes] in den letzten { $now_days } Tagen
           *[no] in den { $now_days } Tagen bis { $now_to }
        }: { $change }.
}
analysis-injection-not-measured = { $voice ->
    [clinician] Injektion eingetragen am { $date }; ihre Wirkung wird gemessen, sobald es { $before_min } Tagebucheinträge in den { $before_days } Tagen davor und { $after_min } danach gibt.
   *[patient] Am { $date } wurde eine Injektion eingetragen. Ihre Wirkung wird gemessen, sobald es { $before_min } Tagebucheinträge in den { $before_days } Tagen davor und { $after_min } danach gibt.
}

## Suggestions after a session.

analysis-suggest-next-level = Ihre letzten zwei Einheiten waren grün und Sie haben das obere Ende des Bereichs erreicht. Bereit für Stufe { $level }?
analysis-suggest-next-level-named = Ihre letzten zwei Einheiten waren grün und Sie haben das obere Ende des Bereichs erreicht. Bereit für Stufe { $level }: { $name }?
analysis-suggest-more-load = Ihre letzten zwei Einheiten waren grün, am oberen Ende des Bereichs. Sie könnten nächstes Mal etwas Gewicht dazunehmen (2 bis 10 %).
analysis-suggest-level-down = Ihre letzte Einheit war rot. Eine Weile auf Stufe { $level } zurückzugehen, kann helfen.
analysis-suggest-level-down-named = Ihre letzte Einheit war rot. Eine Weile auf Stufe { $level }: { $name } zurückzugehen, kann helfen.
analysis-suggest-fewer-reps = Ihre letzte Einheit war rot. Nächstes Mal weniger Wiederholungen (oder kürzeres Halten) kann helfen.

## The month calendar.

analysis-day-before-start = vor Beginn des Programms
analysis-day-done = Einheit gemacht
analysis-day-rest-advised = Ruhe auf Anraten der Behandlerin oder des Behandlers, zählt nicht
analysis-day-away = krank oder weg, zählt nicht
analysis-day-missed = Trainingstag verpasst
analysis-day-rest = Ruhetag
analysis-day-due = Trainingstag
analysis-calendar-day = { $date }: { $what }
analysis-calendar-today = { $date }, heute: { $what }

## Reminders.

analysis-reminder-training-title = Zeit für Ihre Übungen
analysis-reminder-training-body = Heute ist ein Trainingstag in Ihrem Programm. Öffnen Sie die App, um Ihre Einheit einzutragen, wenn Sie sie gemacht haben.
analysis-reminder-diary-title = Ihr Tagebuch für heute
analysis-reminder-diary-body = Wie waren Ihre Schmerzen heute? Das Aufschreiben dauert eine Minute und hilft Ihnen und Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten zu sehen, wie es läuft.
analysis-reminder-no-training-days = an keinem Tag (Ihr Programm hat keine Trainingstage)
analysis-reminder-training = Eine Erinnerung um { $time } am { $days }, außer Sie haben Ihre Einheit eingetragen oder Ihr Tagebuch sagt Ruhe oder weg.
analysis-reminder-diary = Eine Erinnerung um { $time } jeden Tag, außer Sie haben den Tagebucheintrag dieses Tages geschrieben.
analysis-reminder-none = Keine Erinnerungen: Die App erinnert Sie nicht.

## Periods of the charts.

analysis-period-week-name = Woche { $week } (ab { $date })
analysis-period-quarter-name = Q{ $quarter } { $year }
analysis-period-noun = { $period ->
    [day] Tag
    [month] Monat
    [quarter] Quartal
    [year] Jahr
   *[week] Woche
}

## An exercise's sets in a few words.

analysis-sets-none = keine Sätze
analysis-sets-hold-secs = { $secs } s
analysis-sets-same = { $count } × { $amount }
analysis-sets-same-each-side = { $count } × { $amount } je Seite
analysis-sets-same-holds = { $count } × { $amount } halten
analysis-sets-same-holds-each-side = { $count } × { $amount } halten je Seite
analysis-sets-listed-reps = { $list } Wiederholungen
analysis-sets-listed-holds = { $list } halten
analysis-list-and = { $rest } und { $last }
analysis-load-body-weight = Körpergewicht
analysis-load-band = Band { $strength }
analysis-load-band-doubled = Band { $strength }, doppelt
