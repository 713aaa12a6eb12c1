### The built-in home programme: its name, each exercise's name and, per level, its name,
### how to do it and the one thing to keep in mind. Every id here starts with "programme-".
### French. Copied into the patient's programme at set-up; from then on it is the patient's own data.
### Instructions and cues are safety text: translate them exactly, in plain words.

# The programme's title, shown above the plan.
programme-name = Renforcement de la hanche : programme à domicile par défaut

## Single-leg squat

programme-single-leg-squat-name = Squat sur une jambe
programme-single-leg-squat-1-name = S’asseoir sur une caisse avec appui
programme-single-leg-squat-1-instructions = Tenez-vous debout devant une chaise ou une caisse, une main posée sur un mur ou un plan de travail. Portez votre poids sur une jambe et asseyez-vous lentement sur la caisse, puis relevez-vous sur la même jambe.
programme-single-leg-squat-1-cue = Gardez le genou aligné avec les orteils du milieu et le bassin à l’horizontale.
programme-single-leg-squat-2-name = Sur la caisse sans appui
programme-single-leg-squat-2-instructions = Comme avant, mais sans appui de la main. Descendez vers la caisse sur une jambe, touchez-la légèrement et relevez-vous.
programme-single-leg-squat-2-cue = Descendez lentement : comptez jusqu’à trois.
programme-single-leg-squat-3-name = Descente d’une marche basse
programme-single-leg-squat-3-instructions = Tenez-vous sur une jambe sur une marche basse. Pliez ce genou pour descendre l’autre talon vers le sol, touchez-le légèrement, puis remontez.
programme-single-leg-squat-3-cue = Ne laissez pas tomber la hanche de la jambe libre.

## Crab walk with band

programme-crab-walk-name = Marche latérale avec élastique
programme-crab-walk-1-name = Élastique au-dessus des genoux
programme-crab-walk-1-instructions = Placez un élastique en boucle juste au-dessus des genoux. Pliez un peu les genoux, puis faites de petits pas de côté en gardant l’élastique tendu tout le temps. Allez d’un côté, puis revenez.
programme-crab-walk-1-cue = Petits pas, orteils vers l’avant, sans vous balancer d’un côté à l’autre.
programme-crab-walk-2-name = Élastique aux chevilles
programme-crab-walk-2-instructions = Les mêmes pas de côté avec l’élastique autour des chevilles. Le côté de la hanche travaille plus fort.
programme-crab-walk-2-cue = Gardez le buste droit et l’élastique tendu.
programme-crab-walk-3-name = Élastique autour des pieds
programme-crab-walk-3-instructions = Les mêmes pas de côté avec l’élastique autour de l’avant des pieds.
programme-crab-walk-3-cue = Poussez vers l’extérieur avec le talon du pied qui mène.

## Side-lying leg raise

programme-side-leg-raise-name = Élévation de la jambe sur le côté
programme-side-leg-raise-1-name = Maintien couché sur le côté
programme-side-leg-raise-1-instructions = Allongez-vous sur le côté, le genou du dessous plié pour l’équilibre. Levez un peu la jambe du dessus, tendue et dans l’alignement du corps, et gardez-la immobile.
programme-side-leg-raise-1-cue = Tenez la position, respirez normalement et ne basculez pas en arrière.
programme-side-leg-raise-2-name = Élévation sur le côté, légèrement tourné vers l’avant
programme-side-leg-raise-2-instructions = Allongez-vous sur le côté et tournez un peu le corps vers l’avant. Levez lentement la jambe du dessus, talon en premier, puis redescendez-la en contrôlant.
programme-side-leg-raise-2-cue = Le talon mène ; les orteils pointent vers l’avant, pas vers le haut.
programme-side-leg-raise-3-name = Élévation sur le côté avec lest à la cheville
programme-side-leg-raise-3-instructions = La même élévation avec un poids léger autour de la cheville.
programme-side-leg-raise-3-cue = Si vous devez balancer la jambe, le poids est trop lourd.

## Lunge

programme-lunge-name = Fente
programme-lunge-1-name = Fente statique, pieds peu écartés
programme-lunge-1-instructions = Placez un pied un petit pas devant l’autre. Pliez les deux genoux pour descendre tout droit, puis remontez en poussant. Vos pieds restent en place.
programme-lunge-1-cue = Gardez un petit écart : un grand pas peut déclencher la douleur.
programme-lunge-2-name = Petite fente arrière
programme-lunge-2-instructions = Faites un petit pas en arrière avec un pied, pliez les deux genoux, puis poussez sur le pied avant pour revenir debout.
programme-lunge-2-cue = Un petit pas en arrière, le buste droit.
programme-lunge-3-name = Fente avant
programme-lunge-3-instructions = Faites un pas en avant, pliez les deux genoux pour descendre, puis poussez pour revenir debout.
programme-lunge-3-cue = Un pas seulement aussi long que la fesse le supporte sans gêne.

## Hip thrust

programme-hip-thrust-name = Poussée de hanche
programme-hip-thrust-1-name = Pont sur les deux jambes
programme-hip-thrust-1-instructions = Allongez-vous sur le dos, genoux pliés et pieds à plat. Serrez les fesses et levez le bassin jusqu’à ce que votre corps forme une ligne droite des épaules aux genoux, puis redescendez lentement.
programme-hip-thrust-1-cue = Arrêtez-vous à la ligne droite : ne cambrez pas le dos et ne forcez pas en haut.
programme-hip-thrust-2-name = Pont décalé ou sur une jambe
programme-hip-thrust-2-instructions = Le même pont avec un pied un peu plus en avant, ou avec un pied décollé du sol.
programme-hip-thrust-2-cue = Gardez le bassin à l’horizontale en montant.
programme-hip-thrust-3-name = Poussée de hanche, le dos sur un banc
programme-hip-thrust-3-instructions = Asseyez-vous, le haut du dos contre un canapé ou un banc, genoux pliés. Levez le bassin jusqu’à ce que votre corps soit à plat des épaules aux genoux. N’ajoutez un poids sur les hanches qu’une fois que 3 séries de 20 sont faciles sans poids.
programme-hip-thrust-3-cue = Menton rentré, côtes basses, arrêtez-vous quand votre corps est à plat.

## Bulgarian split squat

programme-bulgarian-split-squat-name = Squat bulgare
programme-bulgarian-split-squat-1-name = Fente statique
programme-bulgarian-split-squat-1-instructions = Placez un pied devant l’autre, les deux pieds au sol. Descendez tout droit en pliant les deux genoux, puis relevez-vous.
programme-bulgarian-split-squat-1-cue = Le poids sur le talon avant.
programme-bulgarian-split-squat-2-name = Pied arrière sur un banc bas
programme-bulgarian-split-squat-2-instructions = Posez le dessus du pied arrière sur une marche basse ou un banc derrière vous. Descendez en pliant le genou avant, puis remontez en poussant. Augmentez peu à peu jusqu’à 3 séries de 8.
programme-bulgarian-split-squat-2-cue = Genou avant au-dessus du milieu du pied, buste droit.
programme-bulgarian-split-squat-3-name = Pied arrière surélevé, haltères en main
programme-bulgarian-split-squat-3-instructions = Le même exercice avec un poids dans chaque main.
programme-bulgarian-split-squat-3-cue = N’ajoutez du poids que lorsque chaque répétition est contrôlée.

## Squat

programme-squat-name = Squat classique
programme-squat-1-name = Squat vers une chaise
programme-squat-1-instructions = Tenez-vous debout devant une chaise, pieds écartés de la largeur des hanches. Asseyez-vous en arrière jusqu’à toucher légèrement le siège, puis relevez-vous.
programme-squat-1-cue = Les genoux suivent les orteils.
programme-squat-2-name = Squat libre
programme-squat-2-instructions = Le même squat sans chaise, à une profondeur qui reste confortable.
programme-squat-2-cue = Le poids réparti sur tout le pied.
programme-squat-3-name = Squat gobelet
programme-squat-3-instructions = Le même squat en tenant un poids contre la poitrine.
programme-squat-3-cue = Les coudes à l’intérieur des genoux en bas.
