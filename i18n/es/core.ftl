### The core: analysis findings, the record, storage and hand-off messages.
### Every id here starts with "core-". Spanish.

core-load-kg = { $kg ->
    [one] { $kg_text } kg
   *[other] { $kg_text } kg
}

## The diary's words: resistance bands, kinds of day, events.

core-band-extra-light = Amarilla (extrasuave)
core-band-light = Roja (suave)
core-band-medium = Verde (media)
core-band-heavy = Azul (fuerte)
core-band-extra-heavy = Negra (extrafuerte)
core-band = Banda { $strength }
core-band-doubled = Banda { $strength }, doblada

core-day-normal = Día normal
core-day-flare = Brote de dolor
core-day-rest-advised = Reposo aconsejado por mi profesional sanitario
core-day-away = Enfermo o fuera de casa

core-event-injection = Inyección
core-event-clinician-visit = Visita con el profesional sanitario
core-event-medication-change = Cambio de medicación
core-event-red-flag = Señales de alarma
core-event-level-change = Cambio de nivel

## Warning signs. Translate with care: same meaning, same urgency, no softening, no added advice.

core-sign-saddle-numbness = Entumecimiento alrededor de las nalgas, entre las piernas o en la cara interna de los muslos
core-sign-bladder-or-bowel = Problemas nuevos para orinar o defecar, o para retenerlos
core-sign-sexual-function = Problemas nuevos con la función sexual
core-sign-hot-swollen-joint = Una articulación caliente e hinchada junto con fiebre o malestar
core-sign-progressive-weakness = Debilidad o entumecimiento en la pierna que empeora, o no poder apoyarse en la pierna después de una caída
core-sign-constant-night-pain = Dolor que está ahí todo el tiempo, también por la noche
core-sign-weight-loss-or-night-sweats = Pérdida de peso sin intentarlo, o sudores nocturnos
core-sign-cancer-history = Antecedentes de cáncer

core-urgency-today-heading = Busque ayuda hoy si tiene alguno de estos signos:
core-urgency-soon-heading = Vaya pronto a su médico si tiene alguno de estos signos:
core-urgency-today-advice = Busque ayuda hoy: llame a la línea de urgencias de su médico o a los servicios de emergencia, o vaya a un servicio de urgencias.
core-urgency-soon-advice = Pida pronto una cita con su médico, antes de su próxima revisión prevista, y cuéntele esto.

## Voice: a clinician's words (the report and the review window).

core-sign-clinician-saddle-numbness = Anestesia en silla de montar
core-sign-clinician-bladder-or-bowel = Disfunción vesical o intestinal nueva
core-sign-clinician-sexual-function = Disfunción sexual nueva
core-sign-clinician-hot-swollen-joint = Articulación caliente e inflamada con fiebre o malestar
core-sign-clinician-progressive-weakness = Debilidad o entumecimiento progresivo de la pierna, o incapacidad de cargar peso tras una caída
core-sign-clinician-constant-night-pain = Dolor constante, también nocturno
core-sign-clinician-weight-loss-or-night-sweats = Pérdida de peso inexplicada o sudores nocturnos
core-sign-clinician-cancer-history = Antecedentes de cáncer
core-urgency-today-clinician = atención el mismo día
core-urgency-soon-clinician = médico pronto
core-guidance-ultrasound = guiada por ecografía
core-guidance-ct = guiada por TC
core-guidance-other = otro tipo de guía

## What a change did, in the notice after it and in undo and redo.

core-entry-session = sesión del { $date }
core-entry-diary = entrada del diario del { $date }
core-entry-injection = inyección del { $date }
core-entry-clinician-visit = visita con el profesional del { $date }
core-entry-medication-change = cambio de medicación del { $date }
core-entry-red-flag = señales de alarma del { $date }
core-entry-level-change = cambio de nivel del { $date }
core-entry-psfs = puntuaciones de actividades del { $date }

core-saved = Guardado: { $entry }.
core-deleted = Borrado: { $entry }.
core-changed = Cambiado: { $entry }.
core-saved-morning-pain = Dolor de esta mañana guardado: { $pain }.
core-details-changed = Sus datos han cambiado.
core-programme-taken-up = Su programa es ahora «{ $name }», desde el { $date }. Los días anteriores se siguen valorando con el programa que tenía entonces.
core-level-moved = { $name } está ahora en el nivel { $level }.
core-levels-eased = { $count ->
    [one] { $count_text } ejercicio está ahora en un nivel más fácil.
   *[other] { $count_text } ejercicios están ahora en un nivel más fácil.
}
core-sound-on = El sonido al final de un descanso o de un mantenimiento está activado.
core-sound-off = El sonido al final de un descanso o de un mantenimiento está desactivado.
core-reminders-saved = Sus recordatorios están guardados.

core-what-new = nuevo registro ({ $entry })
core-what-deleting = borrado ({ $entry })
core-what-change = cambio ({ $entry })
core-what-morning-pain = el dolor de esta mañana
core-what-details = el cambio de sus datos
core-what-programme = adoptar el programa «{ $name }»
core-what-level-moved = pasar { $name } al nivel { $level }
core-what-levels-moved = { $count ->
    [one] pasar { $count_text } ejercicio a otro nivel
   *[other] pasar { $count_text } ejercicios a otros niveles
}
core-what-sound = el cambio del sonido
core-what-reminders = el cambio de sus recordatorios
core-undone = Deshecho: { $what }.
core-done-again = Rehecho: { $what }.

## Why a change was refused (shown at the field or by the command).

core-error-entry-gone = esa entrada ya no está en su diario (número { $number })
core-error-no-profile = la aplicación aún no está configurada: indique primero su fecha de inicio y el lado afectado
core-error-still-opening = su diario aún se está abriendo ({ $month } aún no se ha leído): inténtelo de nuevo en un momento
core-error-diary-day-taken = ya hay una entrada del diario para el { $date }: cambie esa
core-error-start-too-far = la fecha de inicio, { $date }, está a más de un año
core-error-code-too-long = el código de paciente puede tener como máximo { $count_text } caracteres
core-error-code-control = el código de paciente no puede contener saltos de línea ni tabuladores
core-error-too-many-activities = se pueden puntuar como máximo { $count_text } actividades
core-error-activity-unnamed = una actividad para puntuar necesita un nombre
core-error-pain-above-worst = el dolor ahora ({ $now }) es mayor que el peor dolor de las últimas 24 horas ({ $worst }); el peor incluye el de ahora
core-error-session-empty = una sesión necesita al menos un ejercicio
core-error-exercise-no-sets = { $exercise } no tiene series: añada una serie o quite el ejercicio
core-error-no-sign-ticked = marque al menos una señal de alarma
core-error-no-activity-rated = puntúe al menos una actividad
core-error-rated-activity-unnamed = cada actividad puntuada necesita un nombre
core-no-such-exercise = el programa no tiene el ejercicio «{ $id }»
core-no-such-level = { $name } tiene los niveles 1 a { $levels }, no { $level }

core-range-pain = una puntuación de dolor debe ser un número entero de 0 a 10, pero era { $got }
core-range-effort = una puntuación de esfuerzo debe ser un número entero de 0 a 10, pero era { $got }
core-range-ability = una puntuación de actividad debe ser un número entero de 0 a 10, pero era { $got }
core-range-reps = el número de repeticiones debe ser un número entero de 0 a 1000, pero era { $got }
core-range-hold = un tiempo de mantenimiento debe ser un número entero de segundos de 0 a 600, pero era { $got }
core-range-sitting = el tiempo sentado debe ser un número entero de minutos de 0 a 1440, pero era { $got }
core-range-load = una carga debe ser un número de kilogramos de 0 a 500, pero era { $got }
core-range-date = la fecha no puede ser posterior a mañana, pero era { $got }
