### The built-in home programme: its name, each exercise's name and, per level, its name,
### how to do it and the one thing to keep in mind. Every id here starts with "programme-".
### Spanish. Copied into the patient's programme at set-up; from then on it is the patient's own data.
### Instructions and cues are safety text: translate them exactly, in plain words.

# The programme's title, shown above the plan.
programme-name = Fortalecimiento de cadera: programa en casa predeterminado

## Single-leg squat

programme-single-leg-squat-name = Sentadilla a una pierna
programme-single-leg-squat-1-name = Sentarse en un cajón con apoyo
programme-single-leg-squat-1-instructions = Póngase de pie delante de una silla o un cajón con una mano en una pared o una encimera. Pase el peso a una pierna y siéntese despacio en el cajón; luego levántese sobre la misma pierna.
programme-single-leg-squat-1-cue = Mantenga la rodilla alineada con los dedos medios del pie y la pelvis nivelada.
programme-single-leg-squat-2-name = Al cajón sin apoyo
programme-single-leg-squat-2-instructions = Como antes, pero sin apoyar la mano. Baje hasta el cajón sobre una pierna, tóquelo ligeramente y vuelva a levantarse.
programme-single-leg-squat-2-cue = Baje despacio: cuente hasta tres.
programme-single-leg-squat-3-name = Bajada desde un escalón bajo
programme-single-leg-squat-3-instructions = Póngase sobre una pierna en un escalón bajo. Doble esa rodilla para bajar el otro talón hacia el suelo, tóquelo ligeramente y vuelva a subir.
programme-single-leg-squat-3-cue = No deje que caiga la cadera de la pierna libre.

## Crab walk with band

programme-crab-walk-name = Paso lateral con banda
programme-crab-walk-1-name = Banda por encima de las rodillas
programme-crab-walk-1-instructions = Póngase una banda en lazo justo por encima de las rodillas. Doble un poco las rodillas y dé pasos cortos hacia un lado, con la banda tensa todo el tiempo. Vaya hacia un lado y luego vuelva.
programme-crab-walk-1-cue = Pasos cortos, dedos de los pies hacia delante, sin balancearse de un lado a otro.
programme-crab-walk-2-name = Banda en los tobillos
programme-crab-walk-2-instructions = Los mismos pasos laterales con la banda alrededor de los tobillos. Así el lateral de la cadera trabaja más.
programme-crab-walk-2-cue = Mantenga el tronco erguido y la banda tensa.
programme-crab-walk-3-name = Banda alrededor de los pies
programme-crab-walk-3-instructions = Los mismos pasos laterales con la banda alrededor de la parte delantera de los pies.
programme-crab-walk-3-cue = Empuje hacia fuera con el talón del pie que va delante.

## Side-lying leg raise

programme-side-leg-raise-name = Elevación de pierna de lado
programme-side-leg-raise-1-name = Mantener de lado
programme-side-leg-raise-1-instructions = Túmbese de lado con la rodilla de abajo doblada para mantener el equilibrio. Levante un poco la pierna de arriba, recta y alineada con el cuerpo, y manténgala quieta.
programme-side-leg-raise-1-cue = Manténgala, respire con normalidad y no ruede hacia atrás.
programme-side-leg-raise-2-name = Elevación de lado, girado un poco hacia delante
programme-side-leg-raise-2-instructions = Túmbese de lado y gire un poco el cuerpo hacia delante. Levante despacio la pierna de arriba, con el talón por delante, y bájela con control.
programme-side-leg-raise-2-cue = El talón va por delante; los dedos apuntan hacia delante, no hacia arriba.
programme-side-leg-raise-3-name = Elevación de lado con tobillera lastrada
programme-side-leg-raise-3-instructions = La misma elevación con un peso ligero alrededor del tobillo.
programme-side-leg-raise-3-cue = Si tiene que balancear la pierna, el peso es demasiado.

## Lunge

programme-lunge-name = Zancada
programme-lunge-1-name = Zancada estática, postura corta
programme-lunge-1-instructions = Póngase con un pie un paso corto por delante del otro. Doble las dos rodillas para bajar en línea recta y luego empuje para subir. Los pies se quedan donde están.
programme-lunge-1-cue = Mantenga la postura corta: un paso largo puede provocar el dolor.
programme-lunge-2-name = Zancada corta hacia atrás
programme-lunge-2-instructions = Dé un paso corto hacia atrás con un pie, doble las dos rodillas y luego empuje con el pie de delante para volver a ponerse de pie.
programme-lunge-2-cue = Un paso corto hacia atrás, con el tronco erguido.
programme-lunge-3-name = Zancada hacia delante
programme-lunge-3-instructions = Dé un paso hacia delante, doble las dos rodillas para bajar y luego empuje para volver a ponerse de pie.
programme-lunge-3-cue = Un paso solo tan largo como siga siendo cómodo en la nalga.

## Hip thrust

programme-hip-thrust-name = Empuje de cadera
programme-hip-thrust-1-name = Puente con las dos piernas
programme-hip-thrust-1-instructions = Túmbese boca arriba con las rodillas dobladas y los pies apoyados en el suelo. Apriete los glúteos y levante la cadera hasta que el cuerpo forme una línea recta de los hombros a las rodillas; luego baje despacio.
programme-hip-thrust-1-cue = Pare en la línea recta: no arquee la espalda ni fuerce arriba.
programme-hip-thrust-2-name = Puente desplazado o a una pierna
programme-hip-thrust-2-instructions = El mismo puente con un pie un poco más adelantado, o con un pie sin tocar el suelo.
programme-hip-thrust-2-cue = Mantenga la pelvis nivelada al subir.
programme-hip-thrust-3-name = Empuje de cadera con la espalda en un banco
programme-hip-thrust-3-instructions = Siéntese con la parte alta de la espalda apoyada en un sofá o un banco, con las rodillas dobladas. Levante la cadera hasta que el cuerpo quede plano de los hombros a las rodillas. Añada un peso sobre la cadera solo cuando 3 series de 20 le resulten fáciles sin peso.
programme-hip-thrust-3-cue = Barbilla recogida, costillas abajo, pare cuando el cuerpo esté plano.

## Bulgarian split squat

programme-bulgarian-split-squat-name = Sentadilla búlgara
programme-bulgarian-split-squat-1-name = Zancada estática
programme-bulgarian-split-squat-1-instructions = Póngase con un pie delante del otro, los dos pies en el suelo. Baje en línea recta doblando las dos rodillas y luego vuelva a ponerse de pie.
programme-bulgarian-split-squat-1-cue = El peso sobre el talón de delante.
programme-bulgarian-split-squat-2-name = Pie de atrás en un banco bajo
programme-bulgarian-split-squat-2-instructions = Apoye el empeine del pie de atrás en un escalón bajo o un banco detrás de usted. Baje doblando la rodilla de delante y luego empuje para subir. Aumente poco a poco hasta 3 series de 8.
programme-bulgarian-split-squat-2-cue = Rodilla de delante sobre el centro del pie, tronco erguido.
programme-bulgarian-split-squat-3-name = Pie de atrás elevado, con mancuernas
programme-bulgarian-split-squat-3-instructions = El mismo ejercicio con un peso en cada mano.
programme-bulgarian-split-squat-3-cue = Añada peso solo cuando cada repetición se sienta controlada.

## Squat

programme-squat-name = Sentadilla
programme-squat-1-name = Sentadilla hasta una silla
programme-squat-1-instructions = Póngase de pie delante de una silla, con los pies separados al ancho de la cadera. Siéntese hacia atrás hasta tocar ligeramente el asiento y luego levántese.
programme-squat-1-cue = Las rodillas siguen a los dedos de los pies.
programme-squat-2-name = Sentadilla libre
programme-squat-2-instructions = La misma sentadilla sin silla, hasta una profundidad que siga siendo cómoda.
programme-squat-2-cue = El peso repartido por todo el pie.
programme-squat-3-name = Sentadilla goblet
programme-squat-3-instructions = La misma sentadilla sosteniendo un peso a la altura del pecho.
programme-squat-3-cue = Los codos por dentro de las rodillas abajo.
