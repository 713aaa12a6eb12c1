### The Diary tab.
### Every id here starts with "diary-". French.

## Changes not saved yet

diary-unsaved-change = La modification de l’entrée du journal du { $day } n’est pas encore enregistrée.
diary-unsaved-new = L’entrée du journal du { $day } n’est pas encore enregistrée.
diary-leave-question = Ce que vous avez modifié dans le journal du { $date } n’est pas enregistré.
diary-leave-go = Partir sans enregistrer
diary-leave-stay = Rester sur le { $day }

## The diary form

diary-for = Journal du
diary-day = Jour du journal
diary-back-to-today = Revenir à aujourd’hui
diary-day-taken = Il y a déjà une entrée du journal pour le { $date } : il y en a une par jour.
diary-show-that-entry = Afficher plutôt cette entrée
diary-save-changes = Enregistrer les modifications
diary-save-entry = Enregistrer l’entrée du journal
diary-choose-both-scores = Choisissez les deux notes de douleur pour enregistrer.
diary-pain-now-question = Douleur en ce moment
diary-pain-now-scale = Douleur maintenant
diary-pain-from-morning = { $score }, c’est ce que vous avez indiqué ce matin. Changez-le si la douleur est différente maintenant.
diary-worst-pain = Douleur la plus forte des dernières 24 heures
diary-sitting-question = Combien de temps pouvez-vous rester assis avant que la douleur vous oblige à bouger ?
diary-sitting-suffix = {" "}minutes
diary-sitting-name = Temps assis en minutes
diary-sitting-not-noticed = Je n’y ai pas fait attention aujourd’hui
diary-where-question = Où l’avez-vous senti ?
diary-where-buttock = Fesse
diary-where-hip = Hanche
diary-where-groin = Aine
diary-where-back-of-thigh = Arrière de la cuisse
diary-where-snapping = Un claquement ou un ressaut dans la hanche
diary-day-question = Comment s’est passée la journée ?
diary-note = Note (facultative)

## The box over a day's saved entry

diary-saved-box-changed = { $which ->
    [today] Modifications du journal d’aujourd’hui pas encore enregistrées
   *[other] Modifications du journal du { $date } pas encore enregistrées
}
diary-saved-box-changed-body = L’entrée enregistrée plus tôt reste telle quelle jusqu’à ce que vous appuyiez sur « Enregistrer les modifications ».
diary-saved-box-done = { $which ->
    [today] Le journal d’aujourd’hui est fait (enregistré à { $time }).
   *[other] Le journal du { $date } est fait (enregistré à { $time }).
}
diary-saved-box-done-body = Vous pouvez le modifier ci-dessous : il y a une entrée par jour.

## The weekly activity scores

diary-activity-title = Scores d’activité de la semaine
diary-activity-explained = Jusqu’à trois activités de tous les jours que votre hanche rend difficiles, notées une fois par semaine : 0 veut dire que vous ne pouvez pas le faire, 10 que vous le faites aussi bien qu’avant le problème.
diary-activity-score = { $activity } { $score }
diary-list-separator = {", "}
diary-activity-scored = Noté cette semaine le { $date } : { $scores }.
diary-activity-change = Changer les activités
diary-activity-hint-film = par exemple : rester assis pendant un film
diary-activity-hint-shops = par exemple : aller à pied faire les courses
diary-activity-hint-car = par exemple : monter et descendre de la voiture
diary-activity-name = Activité { $number }
diary-activity-save-activities = Enregistrer les activités
diary-activity-score-for = Note pour { $activity }
diary-activity-save-scores = Enregistrer les notes
diary-activity-saved = Notes enregistrées.

## Adding an event

diary-event-title = Ajouter un événement
diary-event-clinician-visit = Consultation (médecin ou kiné)
diary-event-injection = Injection
diary-event-medication-change = Changement de médicaments
diary-event-on = Le
diary-event-date = Date de l’événement
diary-event-side = Côté :
diary-event-side-left = Côté gauche
diary-event-side-right = Côté droit
diary-event-guided-by = Guidée par :
diary-event-guided-ultrasound = Échographie
diary-event-guided-ct = Scanner
diary-event-guided-other = Autre ou pas sûr
diary-event-note-hint = note (facultative)
diary-event-note = Note sur l’événement
diary-event-save = Enregistrer l’événement
diary-event-saved = Événement enregistré.

## The date picker

diary-picker-earlier = Un jour plus tôt
diary-picker-earlier-named = { $name } : un jour plus tôt
diary-picker-later = Un jour plus tard
diary-picker-later-named = { $name } : un jour plus tard
diary-picker-calendar = Choisir le jour sur un calendrier
diary-picker-day-named = { $name } : { $date }
diary-picker-month-before = { $name } : mois précédent
diary-picker-month-after = { $name } : mois suivant
