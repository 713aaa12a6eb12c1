### The Progress tab: charts and the traffic light.
### Every id here starts with "progress-". Spanish.

## The span of the charts

progress-show = Mostrar:
progress-span-four-weeks = 4 semanas
progress-span-twelve-weeks = 12 semanas
progress-span-year = 1 año
progress-span-all = Desde el inicio
progress-since-start-on = Desde que empezó el programa, el { $date }
progress-means-of-each = { $period ->
    [week] (medias de cada semana)
    [month] (medias de cada mes)
    [quarter] (medias de cada trimestre)
    [year] (medias de cada año)
   *[other] (medias de cada día)
}

## The status card

progress-status-week = Semana
progress-status-week-not-started = El programa aún no ha empezado
progress-status-week-of = { $week } de { $decision_week } (revisión en la semana { $checkin_week })
progress-status-week-after = { $week } (el punto de decisión fue la semana { $decision_week })
progress-status-sessions = Sesiones hechas
progress-status-sessions-value = { $done } (el programa pide al menos un { $minimum } %)
progress-status-this-week = Esta semana
progress-status-pain-start = Dolor máximo, al inicio
progress-status-pain-lately = Dolor máximo, últimamente
progress-status-pain-unknown = aún no hay suficientes entradas en el diario
progress-out-of-ten = { $score } de 10
progress-status-change = Cambio
progress-status-change-unknown = aún no se sabe
progress-status-target = Objetivo
progress-status-target-value = { $points ->
    [one] { $points_text } punto mejor, o un { $pct } % mejor, para la semana { $week }
   *[other] { $points_text } puntos mejor, o un { $pct } % mejor, para la semana { $week }
}
progress-status-activity = Puntuaciones de actividad
progress-status-activity-value = { $change } (objetivo { $target })
progress-points-signed = { $points ->
    [one] { $points_text } punto
   *[other] { $points_text } puntos
}
progress-status-framing = Los umbrales vienen del programa que fijó su fisioterapeuta («{ $programme }»). Un resumen del diario, no un diagnóstico.

## Sessions done, in words

progress-adherence-since-start = Desde el inicio: { $done } (el programa pide al menos un { $minimum } %).
progress-adherence-with-week = { $since_start } { $this_week }.

## Chart titles and names

progress-pain-title = Dolor máximo de cada día (0 nada, 10 el peor)
progress-chart-pain = dolor máximo
progress-lights-title = Semáforos de las sesiones
progress-chart-lights = semáforos de las sesiones
progress-sessions-title = { $period ->
    [month] Sesiones hechas cada mes, en % de las prescritas
    [quarter] Sesiones hechas cada trimestre, en % de las prescritas
    [year] Sesiones hechas cada año, en % de las prescritas
    [day] Sesiones hechas cada día, en % de las prescritas
   *[other] Sesiones hechas cada semana, en % de las prescritas
}
progress-chart-sessions = sesiones hechas
progress-sitting-title = Minutos sentado antes de que el dolor obligue a moverse
progress-chart-sitting = minutos sentado
progress-levels-title = Nivel de cada ejercicio
progress-chart-levels = nivel de cada ejercicio
progress-activity-title = Puntuaciones de actividad (0 no puede, 10 como antes)
progress-chart-activity = puntuaciones de actividad

## Series names

progress-series-pain = Dolor máximo
progress-series-flare = Brote
progress-series-sitting = Sentado
progress-series-sessions = Sesiones hechas
progress-series-activity-mean = Puntuación media de actividad
progress-series-rating = Puntuación
progress-series-injection = Inyección
progress-series-new-programme = Programa nuevo de su fisioterapeuta
progress-series-mean = { $period ->
    [week] Media semanal
    [month] Media mensual
    [quarter] Media trimestral
    [year] Media anual
   *[other] Media de 7 días
}
progress-series-pain-start = Al inicio: { $score }
progress-series-pain-target = Objetivo: { $score } o menos
progress-series-sessions-minimum = El programa pide un { $minimum } %
progress-light-name = { $light ->
    [green] Verde
    [amber] Ámbar
   *[red] Rojo
}
progress-milestone = { $which ->
    [checkin] Revisión (fin de la semana { $week })
   *[decision] Punto de decisión (fin de la semana { $week })
}

## Legends

progress-legend-pain-daily = dolor máximo de cada día
progress-legend-each-day = cada día
progress-legend-mean = { $period ->
    [week] media semanal
    [month] media mensual
    [quarter] media trimestral
    [year] media anual
   *[other] media de 7 días
}
progress-legend-pain-start = al inicio: { $score }
progress-legend-pain-target = objetivo: { $score } o menos
progress-legend-flare = brote
progress-legend-injection = inyección
progress-legend-new-programme = programa nuevo de su fisioterapeuta
progress-legend-sessions-met = { $minimum } % o más
progress-legend-sessions-short = por debajo
progress-legend-sessions-minimum = lo que pide el programa
progress-legend-activity = media de las puntuaciones de actividad

## Hover labels

progress-hover-pain = { $date }: dolor máximo { $score } de 10
progress-hover-activity-mean = { $date }: puntuación media de actividad { $score } de 10
progress-hover-sitting = { $date }: { $minutes } min
progress-hover-pain-rolling = Media de los 7 días hasta el { $date }: { $score } de 10
progress-hover-sitting-rolling = Media de los 7 días hasta el { $date }: { $minutes } min
progress-hover-pain-period = { $days ->
    [one] { $period }: dolor máximo medio { $score } de 10 ({ $days_text } día)
   *[other] { $period }: dolor máximo medio { $score } de 10 ({ $days_text } días)
}
progress-hover-sitting-period = { $days ->
    [one] { $period }: media de { $minutes } min ({ $days_text } día)
   *[other] { $period }: media de { $minutes } min ({ $days_text } días)
}
progress-hover-flare = { $date }: brote
progress-hover-light = { $light ->
    [green] { $date }: semáforo de la sesión verde
    [amber] { $date }: semáforo de la sesión ámbar
   *[red] { $date }: semáforo de la sesión rojo
}
progress-hover-sessions = { $period }: { $done } de { $prescribed ->
    [one] { $prescribed_text } sesión
   *[other] { $prescribed_text } sesiones
}{ $so_far ->
    [yes] {" "}hasta ahora
   *[no] {""}
} ({ $pct } %), { $meets ->
    [yes] igual o por encima
   *[no] por debajo
} del { $minimum } % que pide el programa
progress-hover-level = { $exercise }: nivel { $level }

## The month calendar

progress-calendar-previous = Mes anterior
progress-calendar-next = Mes siguiente
progress-calendar-key-done = sesión hecha
progress-calendar-key-missed = día de entrenamiento perdido
progress-calendar-key-due = día de entrenamiento por venir
progress-calendar-key-rest-advised = descanso aconsejado (no cuenta)
progress-calendar-key-away = enfermo o fuera (no cuenta)
progress-calendar-key-none = Sin marca: un día de descanso. Un recuadro: hoy.
progress-weekday-mo = Lu
progress-weekday-tu = Ma
progress-weekday-we = Mi
progress-weekday-th = Ju
progress-weekday-fr = Vi
progress-weekday-sa = Sá
progress-weekday-su = Do

## Shared by every chart

progress-chart = Gráfico: { $name }
