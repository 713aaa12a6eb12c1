### The core: analysis findings, the record, storage and hand-off messages.
### Every id here starts with "core-". French.

core-load-kg = { $kg ->
    [one] { $kg_text } kg
   *[other] { $kg_text } kg
}

## The diary's words: resistance bands, kinds of day, events.

core-band-extra-light = Jaune (extra léger)
core-band-light = Rouge (léger)
core-band-medium = Vert (moyen)
core-band-heavy = Bleu (fort)
core-band-extra-heavy = Noir (extra fort)
core-band = Élastique { $strength }
core-band-doubled = Élastique { $strength }, en double

core-day-normal = Journée normale
core-day-flare = Poussée de douleur
core-day-rest-advised = Repos conseillé par mon soignant
core-day-away = Malade ou absent

core-event-injection = Injection
core-event-clinician-visit = Consultation avec un soignant
core-event-medication-change = Changement de traitement
core-event-red-flag = Signes d’alerte
core-event-level-change = Changement de niveau

## Warning signs. Translate with care: same meaning, same urgency, no softening, no added advice.

core-sign-saddle-numbness = Engourdissement autour des fesses, entre les jambes ou à l’intérieur des cuisses
core-sign-bladder-or-bowel = Nouvelles difficultés pour uriner ou aller à la selle, ou pour vous retenir
core-sign-sexual-function = Nouveaux problèmes de fonction sexuelle
core-sign-hot-swollen-joint = Une articulation chaude et gonflée, avec de la fièvre ou un malaise
core-sign-progressive-weakness = Une faiblesse ou un engourdissement de la jambe qui s’aggrave, ou l’impossibilité de vous tenir sur la jambe après une chute
core-sign-constant-night-pain = Une douleur présente en permanence, y compris la nuit
core-sign-weight-loss-or-night-sweats = Une perte de poids sans raison, ou des sueurs nocturnes
core-sign-cancer-history = Un antécédent de cancer

core-urgency-today-heading = Faites-vous aider aujourd’hui si vous avez l’un de ces signes :
core-urgency-soon-heading = Consultez bientôt votre médecin si vous avez l’un de ces signes :
core-urgency-today-advice = Faites-vous aider aujourd’hui : appelez la ligne d’urgence de votre médecin ou les services d’urgence, ou rendez-vous aux urgences.
core-urgency-soon-advice = Prenez rendez-vous bientôt avec votre médecin, avant votre prochain bilan prévu, et parlez-lui de cela.

## Voice: a clinician's words (the report and the review window).

core-sign-clinician-saddle-numbness = Anesthésie en selle
core-sign-clinician-bladder-or-bowel = Nouveaux troubles vésicaux ou intestinaux
core-sign-clinician-sexual-function = Nouveaux troubles sexuels
core-sign-clinician-hot-swollen-joint = Articulation chaude et gonflée avec fièvre ou malaise
core-sign-clinician-progressive-weakness = Déficit moteur ou sensitif progressif du membre inférieur, ou appui impossible après une chute
core-sign-clinician-constant-night-pain = Douleur constante, y compris nocturne
core-sign-clinician-weight-loss-or-night-sweats = Perte de poids inexpliquée ou sueurs nocturnes
core-sign-clinician-cancer-history = Antécédent de cancer
core-urgency-today-clinician = prise en charge le jour même
core-urgency-soon-clinician = avis médical rapide
core-guidance-ultrasound = échoguidée
core-guidance-ct = scannoguidée
core-guidance-other = autre guidage

## What a change did, in the notice after it and in undo and redo.

core-entry-session = séance du { $date }
core-entry-diary = entrée du journal du { $date }
core-entry-injection = injection du { $date }
core-entry-clinician-visit = consultation du { $date }
core-entry-medication-change = changement de traitement du { $date }
core-entry-red-flag = signes d’alerte du { $date }
core-entry-level-change = changement de niveau du { $date }
core-entry-psfs = notes d’activités du { $date }

core-saved = Enregistré : { $entry }.
core-deleted = Supprimé : { $entry }.
core-changed = Modifié : { $entry }.
core-saved-morning-pain = Douleur de ce matin enregistrée : { $pain }.
core-details-changed = Vos informations sont modifiées.
core-programme-taken-up = Votre programme est maintenant « { $name } », à partir du { $date }. Les jours précédents restent évalués selon le programme que vous aviez alors.
core-level-moved = { $name } est maintenant au niveau { $level }.
core-levels-eased = { $count ->
    [one] { $count_text } exercice est maintenant à un niveau plus facile.
   *[other] { $count_text } exercices sont maintenant à un niveau plus facile.
}
core-sound-on = Le son à la fin d’un repos ou d’un maintien est activé.
core-sound-off = Le son à la fin d’un repos ou d’un maintien est désactivé.
core-reminders-saved = Vos rappels sont enregistrés.

core-what-new = nouvel ajout ({ $entry })
core-what-deleting = suppression ({ $entry })
core-what-change = modification ({ $entry })
core-what-morning-pain = la douleur de ce matin
core-what-details = la modification de vos informations
core-what-programme = l’adoption du programme « { $name } »
core-what-level-moved = le passage de { $name } au niveau { $level }
core-what-levels-moved = { $count ->
    [one] le passage de { $count_text } exercice à un autre niveau
   *[other] le passage de { $count_text } exercices à d’autres niveaux
}
core-what-sound = la modification du son
core-what-reminders = la modification de vos rappels
core-undone = Annulé : { $what }.
core-done-again = Rétabli : { $what }.

## Why a change was refused (shown at the field or by the command).

core-error-entry-gone = cette entrée n’est plus dans votre journal (numéro { $number })
core-error-no-profile = l’application n’est pas encore configurée : indiquez d’abord votre date de début et le côté atteint
core-error-still-opening = votre journal est encore en cours d’ouverture ({ $month } n’est pas encore lu) : réessayez dans un instant
core-error-diary-day-taken = il y a déjà une entrée du journal pour le { $date } : modifiez plutôt celle-ci
core-error-start-too-far = la date de début, le { $date }, est dans plus d’un an
core-error-code-too-long = le code patient peut compter au plus { $count_text } caractères
core-error-code-control = le code patient ne peut pas contenir de retours à la ligne ni de tabulations
core-error-too-many-activities = au plus { $count_text } activités peuvent être notées
core-error-activity-unnamed = une activité à noter a besoin d’un nom
core-error-pain-above-worst = la douleur actuelle ({ $now }) dépasse la pire douleur des dernières 24 heures ({ $worst }) ; la pire inclut maintenant
core-error-session-empty = une séance doit contenir au moins un exercice
core-error-exercise-no-sets = { $exercise } n’a aucune série : ajoutez une série ou retirez l’exercice
core-error-no-sign-ticked = cochez au moins un signe d’alerte
core-error-no-activity-rated = notez au moins une activité
core-error-rated-activity-unnamed = chaque activité notée a besoin d’un nom
core-no-such-exercise = le programme n’a pas d’exercice « { $id } »
core-no-such-level = { $name } a les niveaux 1 à { $levels }, pas { $level }

core-range-pain = une note de douleur doit être un nombre entier de 0 à 10, mais c’était { $got }
core-range-effort = une note d’effort doit être un nombre entier de 0 à 10, mais c’était { $got }
core-range-ability = une note d’activité doit être un nombre entier de 0 à 10, mais c’était { $got }
core-range-reps = le nombre de répétitions doit être un nombre entier de 0 à 1000, mais c’était { $got }
core-range-hold = un temps de maintien doit être un nombre entier de secondes de 0 à 600, mais c’était { $got }
core-range-sitting = le temps assis doit être un nombre entier de minutes de 0 à 1440, mais c’était { $got }
core-range-load = une charge doit être un nombre de kilogrammes de 0 à 500, mais c’était { $got }
core-range-date = la date ne peut pas être après demain, mais c’était { $got }
