### The Today tab: the session and its sets.
### Every id here starts with "today-". French.


today-summary-saved = Séance enregistrée à { $time }.
today-summary-saved-well-done = Séance enregistrée à { $time }. Bravo.
today-summary-done = La séance du jour est faite (notée à { $time }).
today-summary-next = Prochaine séance : { $date }.
today-summary-log-another = Noter une autre séance aujourd’hui
today-summary-log-another-hover = Seulement pour une deuxième séance : celle-ci est déjà enregistrée
today-summary-see-in-history = La voir dans l’historique
today-summary-see-in-history-hover = Vous pouvez la modifier ou la supprimer là-bas
today-summary-what-you-did = Ce que vous avez fait
today-summary-exercise = { $name } (niveau { $level }) : { $sets }
today-summary-exercise-pain = { $name } (niveau { $level }) : { $sets }, douleur { $pain }
today-summary-light = Son feu :
today-summary-light-provisional = Il vient de la douleur pendant la séance. Demain matin, l’application vous demande comment elle a évolué, et le feu est alors définitif.
today-summary-no-light = Pas de feu : la séance n’a pas de score de douleur. Vous pouvez en ajouter un dans l’historique.
today-summary-light-pending = Calcul de son feu…

today-timer-minutes = { $count ->
    [one] { $count_text } minute
   *[other] { $count_text } minutes
}
today-timer-seconds = { $count ->
    [one] { $count_text } seconde
   *[other] { $count_text } secondes
}
today-timer-rest-of = Repos de { $length }
today-timer-rest-after = { $ended }. Repos de { $length }
today-timer-hold = Maintien : { $name }
today-timer-finished = Temps écoulé : { $what } terminé.
today-timer-left = encore { $count_text } s
today-timer-time-gone = Temps écoulé : { $what }
today-timer-stop = Arrêter le minuteur
today-timer-rest-timer = Minuteur de repos :
today-timer-choice-minutes = { $count_text } min
today-timer-choice-seconds = { $count_text } s
today-timer-start-rest-hover = Lancer un repos de { $length }
today-timer-rest-name = Repos { $count_text } secondes
today-timer-rest-after-each-set = Lancer un repos après chaque série
today-timer-rest-after-each-set-hover = Quand vous ajoutez une série ou qu’un maintien se termine, le minuteur de repos démarre tout seul

today-set-left-side = Côté gauche
today-set-right-side = Côté droit
today-set-side-hover = Fait de l’autre côté ? Appuyez pour changer.
today-set-side-name = { $name } : côté
today-set-seconds = secondes
today-set-reps = répétitions
today-set-amount-name = { $name } : { $unit }
today-set-body-weight = poids du corps
today-set-weight-hover = Poids ajouté, en { $unit } ; 0 signifie poids du corps seulement
today-set-weight-name = { $name } : poids ajouté en { $unit }
today-set-band-name = { $name } : élastique
today-set-doubled = doublé
today-set-doubled-name = { $name } : élastique doublé
today-set-remove = Retirer
today-set-remove-hover = Retirer cette série
today-set-remove-name = { $name } : retirer

today-first-next-set = Ensuite : { $name }, série { $set } sur { $sets }
today-first-next-set-side = Ensuite : { $name }, série { $set } sur { $sets } (côté { $side })
today-first-all-filled = Tous les exercices sont remplis.
today-first-filled = { $count ->
    [one] { $count } exercice rempli
   *[other] { $count } exercices remplis
} sur { $of }. Enregistrez la séance en bas de la page quand vous avez fini.
today-first-log-next-set = Noter la série suivante
today-first-log-next-set-hover = Ajoute la série suivante comme la dernière ; le minuteur de repos démarre s’il est réglé ainsi
today-first-go-to-saving = Aller à l’enregistrement
today-first-go-to-saving-hover = Vous amène au bouton d’enregistrement de la séance, en bas de la page
today-first-start-hint = { $count ->
    [one] { $count } exercice
   *[other] { $count } exercices
}, un à la fois avec le minuteur. Ou notez ci-dessous ce que vous avez fait.
today-first-rest-day = Jour de repos.
today-first-rest-day-next = Jour de repos. Prochaine séance : { $day }.
today-first-rest-day-hint = Le repos permet aux muscles de récupérer et de se renforcer. Vous pouvez quand même noter une séance si vous en avez fait une.
today-first-second-session = Une deuxième séance aujourd’hui.
today-first-extra-session = Les séances de la semaine sont faites : celle d’aujourd’hui est en plus.
today-first-session-due = Une séance est prévue aujourd’hui.

today-week-title = Cette semaine
today-week-not-started = Les séances sont comptées à partir du premier jour du programme.
today-week-none-logged = Aucune séance notée cette semaine pour l’instant.
today-week-logged-on = Notée le { $days }.
today-week-asks = Le programme prévoit { $count ->
    [one] { $count } séance
   *[other] { $count } séances
} par semaine : { $days }.
today-weekday-short = { $day ->
    [mon] lun.
    [tue] mar.
    [wed] mer.
    [thu] jeu.
    [fri] ven.
    [sat] sam.
   *[sun] dim.
}

today-list-and = { $first } et { $last }
today-side-word = { $side ->
    [left] gauche
   *[right] droit
}

today-session-pain = Douleur pendant la séance
today-unsaved-parts = La séance du jour n’est pas encore enregistrée ({ $parts }).
today-unsaved = La séance du jour n’est pas encore enregistrée.
today-unsaved-filled = { $count ->
    [one] { $count } exercice rempli
   *[other] { $count } exercices remplis
}
today-unsaved-pain-only = un score de douleur mais aucune série pour { $count ->
    [one] { $count } exercice
   *[other] { $count } exercices
}
today-hold-logged = { $name } série { $set } notée ({ $secs } s)
today-hold-times-up = Temps écoulé : { $logged }.
today-header-starts-on = Votre programme commence le { $date }.
today-header-week-of = Semaine { $week } sur { $decision }.
today-header-week-past-decision = Semaine { $week }. Le point de décision était la semaine { $decision }.

today-injection-title = Après votre injection du { $date }
today-injection-advice = La douleur peut s’aggraver pendant deux jours au plus, rarement jusqu’à une semaine. Ménagez-vous un jour ou deux, puis reprenez progressivement au cours de la semaine. Contactez le cabinet dans la première semaine si la zone gonfle, devient rouge ou chaude, ou si vous avez de la fièvre ou ne vous sentez pas bien. Si vous êtes diabétique, votre glycémie peut être plus élevée pendant une semaine au plus.
today-injection-count = Injections notées ces 12 derniers mois : { $count }. En général, on n’en fait pas plus de 3 par an au même endroit.

today-ease-title = Votre dernière séance était rouge : trop.
today-ease-plan = Une dose plus légère pourrait aider cette fois : { $plan }.
today-ease-back-one-level = { $names } un niveau en dessous
today-ease-fewer = { $names } avec un quart de répétitions en moins ou des maintiens plus courts
today-ease-fewer-every = chaque exercice avec un quart de répétitions en moins ou des maintiens plus courts
today-ease-use = Prendre la dose plus légère
today-ease-use-hover = Prépare la séance du jour avec la dose plus légère ; vous pouvez encore changer chaque série
today-ease-done-levels = Dose plus légère préparée. Ctrl+Z remet les niveaux.
today-ease-done-filled = Dose plus légère remplie ci-dessous. Faites ce que vous pouvez, puis notez la séance.
today-ease-step = la dose plus légère
today-ease-not-this-time = Pas cette fois

today-card-level = Niveau { $level } sur { $levels } : { $name }
today-card-level-locked = Niveau { $level } sur { $levels } : { $name } (maintenu à ce niveau par votre thérapeute)
today-card-dose-each-side = { $dose }, de chaque côté
today-card-remember = À retenir : { $cue }
today-card-first-time = Première fois : commencez par le bas de la dose.
today-card-last-time = La dernière fois ({ $date }) : { $sets }
today-card-last-time-pain = La dernière fois ({ $date }) : { $sets }, douleur { $pain }
today-card-last-time-level = La dernière fois ({ $date }, niveau { $level }) : { $sets }
today-card-last-time-level-pain = La dernière fois ({ $date }, niveau { $level }) : { $sets }, douleur { $pain }
today-card-done-as-prescribed = Fait comme prescrit
today-card-done-as-prescribed-name = { $name } : fait comme prescrit
today-card-reset = Revenir à la prescription
today-card-reset-name = { $name } : revenir à la prescription
today-card-fill-hover = Remplit les séries faites la dernière fois à ce niveau, ou la prescription
today-card-filled-step = { $name } rempli comme prescrit
today-card-reset-step = { $name } remis à la prescription
today-card-add-set = Ajouter une série
today-card-add-set-hover = Ajoute une série comme la dernière ; le minuteur de repos démarre s’il est réglé ainsi
today-card-add-set-name = { $name } : ajouter une série
today-card-start-hold = Lancer un maintien de { $secs } secondes
today-card-start-hold-hover = Décompte le maintien dans la barre du bas et le note comme une série à la fin
today-card-start-hold-name = { $name } : lancer un maintien
today-card-set = Série { $set }
today-card-set-name = { $name } série { $set }
today-card-set-name-side = { $name } série { $set }, côté { $side }
today-card-set-removed = { $name } série { $set } retirée
today-card-pain-during = Douleur pendant : { $name }
today-card-no-pain-score = Pas encore de score de douleur : choisissez-en un (0 = aucune douleur).
today-card-move-to-level = Passer au niveau { $level }
today-card-move-to-level-name = { $name } : passer au niveau { $level }
today-card-not-yet = Pas encore
today-card-not-yet-name = { $name } : pas encore
today-card-ok = OK
today-card-ok-name = { $name } : ok

today-all-done-title = Tout fait comme prescrit ?
today-all-done-another = Une autre séance aujourd’hui
today-all-done-hint = Indiquez la douleur la plus forte pendant la séance, puis notez-la en une fois. Ce que vous avez rempli ci-dessous est gardé tel quel.
today-all-done = Tout fait comme prescrit
today-all-done-hover = Noter la séance du jour : chaque exercice à sa dose prescrite (ou comme la dernière fois), sauf ce que vous avez rempli vous-même
today-held-no-sets = { $names } : un score de douleur mais aucune série. Une séance ne garde un exercice qu’avec ses séries : remplissez-les ci-dessus (« Fait comme prescrit » les remplit), ou enregistrez sans { $count ->
    [one] lui
   *[other] eux
}.
today-held-save-without-that = Enregistrer sans ce score de douleur
today-held-no-pain = Pas de score de douleur pour { $names }. Choisissez la douleur pendant la séance ci-dessus (0 = aucune douleur), ou enregistrez sans { $count ->
    [one] score de douleur : cet exercice n’aura
   *[other] scores de douleur : ces exercices n’auront
} pas de feu.
today-held-save-without = Enregistrer sans score de douleur
today-save-nothing = Remplissez d’abord les séries d’un exercice.
today-save-effort-and-note = Effort et note (facultatif)
today-save-effort-question = Quel a été l’effort de la séance dans l’ensemble ? (0 = repos, 10 = aussi dur que possible)
today-save-effort = Effort de la séance
today-save-note = Note
today-save-note-name = Note de la séance
today-save = Enregistrer la séance
today-save-count = Enregistrer la séance ({ $count ->
    [one] { $count } exercice
   *[other] { $count } exercices
})
today-save-some-hint = Vous n’avez fait que certains exercices ? Remplissez-les ci-dessus et enregistrez-les ici.

today-guided-set = Série { $set } sur { $sets }
today-guided-name-and-set = { $name }, série { $set } sur { $sets }
today-guided-rest-over = Repos terminé.
today-guided-rest-over-next = Repos terminé. Ensuite : { $next }.
today-guided-hold-over = Maintien terminé : série faite.
today-guided-pain-first = Choisissez d’abord la douleur pendant la séance (0 = aucune douleur).
today-guided-set-done = Série faite
today-guided-set-done-hover = Série faite (Espace)
today-guided-skip-rest = Passer le repos
today-guided-skip-rest-hover = Passer le repos (Espace)
today-guided-time-hold = Chronométrer le maintien
today-guided-easier = Plus facile
today-guided-easier-hover = Les séries restantes de cet exercice un quart plus courtes : moins de répétitions ou un maintien plus court
today-guided-skip-exercise = Passer l’exercice
today-guided-back = Retour
today-guided-back-hover = Revenir à l’exercice précédent
today-guided-end = Terminer la séance
today-guided-end-hover = Terminer la séance guidée (Échap) ; on vous demande avant d’abandonner quoi que ce soit que vous avez fait
today-guided-seconds = { $secs } s
today-guided-hold-secs = Maintenir { $secs } s
today-guided-reps = { $count ->
    [one] { $count_text } répétition
   *[other] { $count_text } répétitions
}
today-guided-left-side = Côté gauche
today-guided-right-side = Côté droit
today-guided-easier-dose = Dose plus légère
today-guided-rest = Repos
today-guided-rest-time-gone = Temps écoulé : repos
today-guided-next = Ensuite : { $next }
today-guided-session-done = Séance terminée
today-guided-done-counts = { $exercises ->
    [one] { $exercises } exercice
   *[other] { $exercises } exercices
} et { $sets ->
    [one] { $sets } série
   *[other] { $sets } séries
}.
today-guided-pain-question = La douleur la plus forte pendant la séance :
today-guided-end-question = Terminer la séance ? Vous avez fait { $count ->
    [one] { $count } série
   *[other] { $count } séries
}.
today-guided-end-hint = Enregistrez ce que vous avez fait, ou abandonnez les séries faites pendant cette séance.
today-guided-keep-going = Continuer
today-guided-save-what-i-did = Enregistrer ce que j’ai fait
today-guided-discard = Abandonner
today-guided-discard-hover = Abandonner les séries faites pendant cette séance
