### The History tab.
### Every id here starts with "history-". Spanish.


history-title = Historial
history-still-reading = Todavía se están leyendo las entradas más antiguas (faltan { $count ->
    [one] { $count } mes
   *[other] { $count } meses
})…
history-counts = { $sessions ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
}, { $diary ->
    [one] { $diary } entrada del diario
   *[other] { $diary } entradas del diario
}, { $events ->
    [one] { $events } evento
   *[other] { $events } eventos
}. Las más recientes primero.
history-programme-from = Desde el { $date }: programa de su terapeuta, «{ $name }» ({ $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
} a la semana).
history-show = Mostrar:
history-filter-everything = Todo
history-filter-sessions = Sesiones
history-filter-diary = Diario
history-filter-events = Eventos
history-filter-scores = Puntuaciones de actividad
history-empty = Aún no hay nada anotado. Sus sesiones y entradas del diario aparecerán aquí.
history-go-to = Ir a:
history-go-to-month-choice = un mes…
history-go-to-month = Ir a un mes
history-go-to-day = Ir a un día
history-home-end = Inicio: lo más reciente, Fin: lo más antiguo
history-row-when = { $weekday } { $day_month } { $year } { $time }
history-edit = Editar
history-delete = Borrar
history-edit-name = Editar { $when }
history-delete-name = Borrar { $when }
history-unsaved = El cambio ({ $entry }) aún no está guardado.

history-session-names = Sesión: { $names }, { $sets ->
    [one] { $sets } serie
   *[other] { $sets } series
}
history-session-count = Sesión: { $count } ejercicios, { $sets ->
    [one] { $sets } serie
   *[other] { $sets } series
}
history-session-pain-during = dolor durante hasta { $pain }
history-session-next-morning = a la mañana siguiente { $pain }
history-diary = Diario: dolor ahora { $pain_now }, el peor en 24 h { $worst }
history-diary-sitting = sentado { $mins } min
history-event-side = lado { $side }
history-event-signs = anotadas: { $count }
history-event-level = { $name }, nivel { $from } a { $to }
history-scores = Puntuaciones de actividad: { $scores }

history-editor-title = Editar la entrada
history-editor-save = Guardar los cambios
history-editor-cancel = Cancelar
history-editor-not-saved = Sus cambios en esta entrada no están guardados.
history-editor-discard = Descartar los cambios
history-editor-keep-editing = Seguir editando
history-editor-changed = Cambiado, aún sin guardar.
history-editor-date = Fecha
history-editor-date-name = Fecha de la entrada
history-editor-date-too-late = La fecha no puede ser posterior a mañana.
history-editor-pain-now = Dolor ahora
history-editor-pain-now-name = Editar el dolor ahora
history-editor-worst-pain = El peor dolor de las últimas 24 horas
history-editor-worst-pain-name = Editar el peor dolor
history-editor-sitting = Tiempo sentado
history-editor-minutes = minutos
history-editor-sitting-name = Editar el tiempo sentado en minutos
history-editor-note-name = Editar la nota
history-editor-score-name = Editar la puntuación de { $activity }
history-editor-next-morning = Dolor a la mañana siguiente
history-editor-clear = Quitar
history-editor-next-morning-name = Editar el dolor de la mañana siguiente
history-editor-exercise = { $name } (nivel { $level })
history-editor-set = Serie { $set }
history-editor-set-side = Serie { $set }, lado { $side }
history-editor-set-name = Editar { $name } serie { $set }
history-editor-set-name-side = Editar { $name } serie { $set }, lado { $side }
history-editor-pain-during-name = Editar el dolor durante: { $name }
history-editor-choose-pain-now = Elija el dolor ahora.
history-editor-choose-worst-pain = Elija el peor dolor.
history-editor-score-every-activity = Puntúe cada actividad.
