### The Diary tab.
### Every id here starts with "diary-". Spanish.

## Changes not saved yet

diary-unsaved-change = El cambio en la entrada del diario del { $day } aún no está guardado.
diary-unsaved-new = La entrada del diario del { $day } aún no está guardada.
diary-leave-question = Lo que cambió en el diario del { $date } no está guardado.
diary-leave-go = Salir sin guardar
diary-leave-stay = Quedarse en el { $day }

## The diary form

diary-for = Diario del
diary-day = Día del diario
diary-back-to-today = Volver a hoy
diary-day-taken = Ya hay una entrada del diario para el { $date }: hay una por día.
diary-show-that-entry = Mostrar esa entrada
diary-save-changes = Guardar cambios
diary-save-entry = Guardar entrada del diario
diary-choose-both-scores = Elija las dos puntuaciones de dolor para guardar.
diary-pain-now-question = Dolor en este momento
diary-pain-now-scale = Dolor ahora
diary-pain-from-morning = { $score } es lo que indicó esta mañana. Cámbielo si el dolor es distinto ahora.
diary-worst-pain = Dolor máximo en las últimas 24 horas
diary-sitting-question = ¿Cuánto tiempo puede estar sentado antes de que el dolor le obligue a moverse?
diary-sitting-suffix = {" "}minutos
diary-sitting-name = Tiempo sentado en minutos
diary-sitting-not-noticed = Hoy no me fijé
diary-where-question = ¿Dónde lo sintió?
diary-where-buttock = Nalga
diary-where-hip = Cadera
diary-where-groin = Ingle
diary-where-back-of-thigh = Parte posterior del muslo
diary-where-snapping = Un chasquido o resalte en la cadera
diary-day-question = ¿Cómo fue el día?
diary-note = Nota (opcional)

## The box over a day's saved entry

diary-saved-box-changed = { $which ->
    [today] Cambios en el diario de hoy aún sin guardar
   *[other] Cambios en el diario del { $date } aún sin guardar
}
diary-saved-box-changed-body = La entrada guardada antes sigue como estaba hasta que pulse «Guardar cambios».
diary-saved-box-done = { $which ->
    [today] El diario de hoy está hecho (guardado a las { $time }).
   *[other] El diario del { $date } está hecho (guardado a las { $time }).
}
diary-saved-box-done-body = Puede cambiarlo abajo: hay una entrada por día.

## The weekly activity scores

diary-activity-title = Puntuaciones de actividad semanales
diary-activity-explained = Hasta tres actividades cotidianas que la cadera le dificulta, puntuadas una vez por semana: 0 significa que no puede hacerla, 10 que puede hacerla tan bien como antes del problema.
diary-activity-score = { $activity } { $score }
diary-list-separator = {", "}
diary-activity-scored = Puntuado esta semana el { $date }: { $scores }.
diary-activity-change = Cambiar las actividades
diary-activity-hint-film = por ejemplo: estar sentado durante una película
diary-activity-hint-shops = por ejemplo: ir andando a la compra
diary-activity-hint-car = por ejemplo: subir y bajar del coche
diary-activity-name = Actividad { $number }
diary-activity-save-activities = Guardar actividades
diary-activity-score-for = Puntuación de { $activity }
diary-activity-save-scores = Guardar puntuaciones
diary-activity-saved = Puntuaciones guardadas.

## Adding an event

diary-event-title = Añadir un acontecimiento
diary-event-clinician-visit = Consulta (médico o fisioterapeuta)
diary-event-injection = Inyección
diary-event-medication-change = Cambio de medicación
diary-event-on = El
diary-event-date = Fecha del acontecimiento
diary-event-side = Lado:
diary-event-side-left = Lado izquierdo
diary-event-side-right = Lado derecho
diary-event-guided-by = Guiada por:
diary-event-guided-ultrasound = Ecografía
diary-event-guided-ct = TC
diary-event-guided-other = Otro o no estoy seguro
diary-event-note-hint = nota (opcional)
diary-event-note = Nota del acontecimiento
diary-event-save = Guardar acontecimiento
diary-event-saved = Acontecimiento guardado.

## The date picker

diary-picker-earlier = Un día antes
diary-picker-earlier-named = { $name }: un día antes
diary-picker-later = Un día después
diary-picker-later-named = { $name }: un día después
diary-picker-calendar = Elegir el día en un calendario
diary-picker-day-named = { $name }: { $date }
diary-picker-month-before = { $name }: mes anterior
diary-picker-month-after = { $name }: mes siguiente
