### The History tab.
### Every id here starts with "history-". French.


history-title = Historique
history-still-reading = Les entrées plus anciennes sont encore en cours de lecture (encore { $count ->
    [one] { $count } mois
   *[other] { $count } mois
})…
history-counts = { $sessions ->
    [one] { $sessions } séance
   *[other] { $sessions } séances
}, { $diary ->
    [one] { $diary } entrée du journal
   *[other] { $diary } entrées du journal
}, { $events ->
    [one] { $events } événement
   *[other] { $events } événements
}. Les plus récentes d’abord.
history-programme-from = À partir du { $date } : programme du thérapeute, « { $name } » ({ $count ->
    [one] { $count } séance
   *[other] { $count } séances
} par semaine).
history-show = Afficher :
history-filter-everything = Tout
history-filter-sessions = Séances
history-filter-diary = Journal
history-filter-events = Événements
history-filter-scores = Scores d’activité
history-empty = Rien de noté pour l’instant. Vos séances et les entrées de votre journal apparaîtront ici.
history-go-to = Aller à :
history-go-to-month-choice = un mois…
history-go-to-month = Aller à un mois
history-go-to-day = Aller à un jour
history-home-end = Début : les plus récentes, Fin : les plus anciennes
history-row-when = { $weekday } { $day_month } { $year } { $time }
history-edit = Modifier
history-delete = Supprimer
history-edit-name = Modifier { $when }
history-delete-name = Supprimer { $when }
history-unsaved = La modification ({ $entry }) n’est pas encore enregistrée.

history-session-names = Séance : { $names }, { $sets ->
    [one] { $sets } série
   *[other] { $sets } séries
}
history-session-count = Séance : { $count } exercices, { $sets ->
    [one] { $sets } série
   *[other] { $sets } séries
}
history-session-pain-during = douleur pendant jusqu’à { $pain }
history-session-next-morning = lendemain matin { $pain }
history-diary = Journal : douleur actuelle { $pain_now }, pire sur 24 h { $worst }
history-diary-sitting = assis { $mins } min
history-event-side = côté { $side }
history-event-signs = notés : { $count }
history-event-level = { $name }, niveau { $from } à { $to }
history-scores = Scores d’activité : { $scores }

history-editor-title = Modifier l’entrée
history-editor-save = Enregistrer les modifications
history-editor-cancel = Annuler
history-editor-not-saved = Vos modifications de cette entrée ne sont pas enregistrées.
history-editor-discard = Abandonner les modifications
history-editor-keep-editing = Continuer à modifier
history-editor-changed = Modifié, pas encore enregistré.
history-editor-date = Date
history-editor-date-name = Date de l’entrée
history-editor-date-too-late = La date ne peut pas être après demain.
history-editor-pain-now = Douleur actuelle
history-editor-pain-now-name = Modifier la douleur actuelle
history-editor-worst-pain = Pire douleur des dernières 24 heures
history-editor-worst-pain-name = Modifier la pire douleur
history-editor-sitting = Temps assis
history-editor-minutes = minutes
history-editor-sitting-name = Modifier le temps assis en minutes
history-editor-note-name = Modifier la note
history-editor-score-name = Modifier le score de { $activity }
history-editor-next-morning = Douleur le lendemain matin
history-editor-clear = Effacer
history-editor-next-morning-name = Modifier la douleur du lendemain matin
history-editor-exercise = { $name } (niveau { $level })
history-editor-set = Série { $set }
history-editor-set-side = Série { $set }, côté { $side }
history-editor-set-name = Modifier { $name } série { $set }
history-editor-set-name-side = Modifier { $name } série { $set }, côté { $side }
history-editor-pain-during-name = Modifier la douleur pendant : { $name }
history-editor-choose-pain-now = Veuillez choisir la douleur actuelle.
history-editor-choose-worst-pain = Veuillez choisir la pire douleur.
history-editor-score-every-activity = Veuillez noter chaque activité.
