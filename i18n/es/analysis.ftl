### The analysis' words: the status, the reasons behind it (the findings) in the patient's
### voice and the clinician's, the session lights, and the numbers every surface shares.
### Every id here starts with "analysis-". Spanish.

## Numbers shared by every screen.

analysis-percent = { $number }{"\u00A0"}%
analysis-points = { $value ->
    [one] { $value_text } punto
   *[other] { $value_text } puntos
}
analysis-sessions-about = unas { $count }
analysis-adherence-none = ninguna prevista todavía
analysis-adherence = { $pct } de las sesiones previstas hasta ahora ({ $counted } de { $prescribed })
analysis-adherence-part-week = { $pct } de las sesiones previstas hasta ahora ({ $counted } de { $prescribed }: de la semana en curso solo cuentan los días pasados)
analysis-week-sessions = { $per_week ->
    [one] { $done } de { $per_week } sesión esta semana
   *[other] { $done } de { $per_week } sesiones esta semana
}
analysis-change-none = sin cambios
analysis-change-better = mejora de { $points }
analysis-change-better-share = mejora de { $points } ({ $share })
analysis-change-worse = empeoramiento de { $points }
analysis-change-worse-share = empeoramiento de { $points } ({ $share })

## The status.

analysis-status-seek-care-now = Busque atención ahora
analysis-status-seek-care-now-meaning = Ha registrado una señal de alarma que necesita atención médica hoy. No espere a su próxima cita: la página Señales de alarma indica a quién contactar.
analysis-status-seek-care-now-clinician = Señal de alarma: atención en el mismo día aconsejada
analysis-status-seek-care-now-meaning-clinician = El paciente registró una señal de alarma y desde entonces no se ha registrado ninguna visita clínica. La aplicación aconsejó al paciente buscar atención médica hoy.
analysis-status-contact-clinician-soon = Contacte pronto con su profesional sanitario
analysis-status-contact-clinician-soon-meaning = Algo en su diario necesita pronto la atención de su profesional sanitario, antes de la próxima revisión prevista. Los motivos de abajo dicen qué.
analysis-status-contact-clinician-soon-clinician = Requiere contacto antes de la próxima revisión
analysis-status-contact-clinician-soon-meaning-clinician = Algo en el registro del paciente necesita la atención de un profesional antes de la próxima revisión prevista (los motivos de abajo dicen qué). La aplicación pidió al paciente que se ponga en contacto pronto.
analysis-status-no-recent-entries = Nada registrado últimamente
analysis-status-no-recent-entries-meaning = Su diario lleva un tiempo sin entradas, así que no puede mostrar cómo va el programa. Registre el dolor de hoy y cada sesión que haga; si ha dejado el programa, dígaselo a su profesional sanitario.
analysis-status-no-recent-entries-clinician = Sin entradas recientes: diario en silencio
analysis-status-no-recent-entries-meaning-clinician = Nada registrado durante más días de los que permite el programa: el registro no puede mostrar cómo va el programa, por lo que no se evalúa. Conviene llamar.
analysis-status-keep-going = Siga así
analysis-status-keep-going-meaning = Continúe con el programa tal como lo fijó su profesional sanitario. Su diario se compara con los objetivos del plan en el punto de decisión.
analysis-status-keep-going-clinician = En el programa, ninguna decisión pendiente
analysis-status-keep-going-meaning-clinician = El programa está en marcha. El registro se evalúa frente a los objetivos del programa en el punto de decisión.
analysis-status-review-plan = Revise el plan con su profesional sanitario
analysis-status-review-plan-meaning = Se hicieron menos sesiones de las que el programa necesita para juzgarlo con justicia. Hable del plan con su profesional sanitario: qué se lo impidió y si conviene cambiarlo.
analysis-status-review-plan-clinician = Punto de decisión: muy pocas sesiones
analysis-status-review-plan-meaning-clinician = En el punto de decisión se hicieron menos sesiones de las que el programa fija para una prueba justa, así que el registro no puede mostrar si el programa funciona. El plan debe revisarse con el paciente.
analysis-status-discuss-next-steps = Hable de los próximos pasos con su profesional sanitario
analysis-status-discuss-next-steps-meaning = Su registro muestra que el dolor no ha cambiado en la cantidad acordada en su programa. Su programa dice que es el momento de hablar de los próximos pasos con su profesional sanitario, incluido si procede valorar una infiltración.
analysis-status-discuss-next-steps-clinician = Punto de decisión: cambio no alcanzado
analysis-status-discuss-next-steps-meaning-clinician = En el punto de decisión, con suficientes sesiones hechas, el dolor máximo no ha cambiado en la cantidad fijada en el programa. Según los términos del programa, corresponde hablar de los próximos pasos, incluido si procede valorar una infiltración.
analysis-status-improving = Mejorando: siga así
analysis-status-improving-meaning = Su registro muestra el cambio acordado en su programa. Siga así y mantenga informado a su profesional sanitario.
analysis-status-improving-clinician = Mejora según lo acordado
analysis-status-improving-meaning-clinician = En el punto de decisión, el registro del paciente muestra el cambio fijado en el programa.

## A session's traffic light.

analysis-light-green = Verde
analysis-light-amber = Ámbar
analysis-light-red = Rojo
analysis-light-green-meaning = bien: siga así
analysis-light-amber-meaning = aceptable: quédese en el mismo nivel
analysis-light-red-meaning = demasiado: baje un nivel

## The reasons behind a status.

analysis-warning-sign-today-patient = Registró una señal de alarma el { $date }: { $sign }. Esto necesita atención médica hoy: la página Señales de alarma indica a quién contactar.
analysis-warning-sign-soon-patient = Registró una señal de alarma el { $date }: { $sign }. Consulte pronto a su médico por ello, antes de su próxima revisión prevista.
analysis-warning-sign-clinician = Señal de alarma registrada el { $date }: { $sign } ({ $advice }).
analysis-warning-signs-held = { $voice ->
    [clinician] Se mantiene arriba en el estado hasta que se registre una visita clínica posterior.
   *[patient] Esto se queda arriba hasta que se registre una visita clínica después de la señal de alarma.
}

analysis-worsening-window = { $mean } en los 7 días hasta el { $date }
analysis-worsening-then = { $first }, luego { $next }
analysis-worsening-patient = Su dolor máximo medio fue { $means }: igual o superior a { $limit }, que es su nivel inicial de { $baseline } más los { $points } fijados en su programa.
analysis-worsening-rule-patient = { $weeks ->
    [one] Su programa le pide que contacte pronto con su profesional sanitario cuando el dolor se mantenga así de alto durante { $weeks } semana.
   *[other] Su programa le pide que contacte pronto con su profesional sanitario cuando el dolor se mantenga así de alto { $weeks } semanas seguidas.
}
analysis-worsening-clinician = { $weeks ->
    [one] Dolor máximo medio { $means }: igual o superior a { $limit } (nivel inicial { $baseline } más los { $points } que fija el programa), { $weeks } semana.
   *[other] Dolor máximo medio { $means }: igual o superior a { $limit } (nivel inicial { $baseline } más los { $points } que fija el programa), { $weeks } semanas seguidas.
}

analysis-quiet = { $voice ->
    [clinician] Sin entradas desde el { $date }: { $days } días sin ninguna entrada (el programa considera { $quiet_after } como silencio).
   *[patient] No se ha registrado nada desde el { $date }: { $days ->
            [one] { $days } día
           *[other] { $days } días
        }. Su programa considera { $quiet_after } días sin entradas como un diario en silencio, así que no se juzga por entradas que se interrumpieron.
}
analysis-quiet-never = { $voice ->
    [clinician] Sin entradas desde el inicio del programa: { $days } días sin ninguna entrada (el programa considera { $quiet_after } como silencio).
   *[patient] No se ha registrado nada desde que empezó el programa: { $days ->
            [one] { $days } día
           *[other] { $days } días
        }. Su programa considera { $quiet_after } días sin entradas como un diario en silencio, así que no se juzga por entradas que se interrumpieron.
}

analysis-decision-too-few-entries = { $voice ->
    [clinician] Semana { $week }: el punto de decisión (final de la semana { $decision_week }) ha pasado, pero el diario tiene muy pocas entradas para comparar el dolor.
   *[patient] Semana { $week } del programa: se ha llegado al punto de decisión fijado en su programa (el final de la semana { $decision_week }), pero el diario aún no tiene suficientes entradas para comparar el dolor.
}
analysis-not-started = { $voice ->
    [clinician] El programa aún no ha empezado; el punto de decisión es el final de la semana { $decision_week } ({ $date }).
   *[patient] El programa aún no ha empezado. Su diario se compara con los objetivos del plan al final de la semana { $decision_week } ({ $date }).
}
analysis-before-decision = { $voice ->
    [clinician] Semana { $week } de { $decision_week }; el punto de decisión es el final de la semana { $decision_week } ({ $date }).
   *[patient] Semana { $week } de { $decision_week }: su diario se compara con los objetivos del plan al final de la semana { $decision_week } ({ $date }), como fija su programa.
}
analysis-check-in = { $voice ->
    [clinician] Esta es la revisión intermedia de la semana { $week } que fija el programa.
   *[patient] Esta es la revisión intermedia de la semana { $week } que fija su programa: un buen momento para enseñar este resumen a su profesional sanitario.
}

analysis-sessions-none = { $voice ->
    [clinician] Ninguna sesión prescrita todavía (días de descanso aconsejado y de ausencia excluidos).
   *[patient] Todavía no se ha prescrito ninguna sesión (los días de descanso aconsejado y de ausencia no cuentan).
}
analysis-sessions = { $voice ->
    [clinician] Sesiones: { $pct } de las prescritas ({ $done } hechas de { $prescribed } prescritas, días de descanso aconsejado y de ausencia excluidos). El programa fija al menos { $min }.
   *[patient] Sesiones: { $pct } de las prescritas hasta ahora ({ $done } hechas, { $prescribed } prescritas, sin contar los días de descanso aconsejado o de ausencia). Su programa pide al menos { $min }.
}

analysis-pain = { $voice ->
    [clinician] Dolor máximo: media { $baseline } { $source ->
            [first-days] en los primeros días del programa
           *[days-before] en los días anteriores al programa
        }, { $current } en los últimos { $days } días: { $change }. Objetivo: mejora de al menos { $target_points } o un { $target_pct } (objetivo del programa).
   *[patient] Dolor máximo: de media { $baseline } { $source ->
            [first-days] en sus primeros días del programa
           *[days-before] en los días anteriores al programa
        }, { $current } en los últimos { $days } días: { $change }. El objetivo es una mejora de al menos { $target_points } o un { $target_pct } (fijado en su programa).
}
analysis-pain-too-few = { $voice ->
    [clinician] Muy pocas entradas para comparar el dolor: el programa necesita { $baseline_min } días con entrada en los primeros { $baseline_days } días (o los { $baseline_days } días antes del inicio; { $baseline_logged } registrados) y { $current_min } en los últimos { $current_days } días ({ $current_logged } registrados).
   *[patient] Todavía no hay suficientes entradas en el diario para comparar el dolor. Su programa necesita { $baseline_min } días con entrada en los primeros { $baseline_days } días (o en los { $baseline_days } días antes del inicio; { $baseline_logged } hasta ahora) y { $current_min } en los últimos { $current_days } días ({ $current_logged } hasta ahora).
}

analysis-after-weeks = Tras { $decision_week } semanas
analysis-by-week = En la semana { $week } (el punto de decisión era el final de la semana { $decision_week })
analysis-too-few-sessions = { $voice ->
    [clinician] { $after }, se hizo el { $done } de las sesiones prescritas, por debajo del { $min } que fija el programa: según sus propios términos, el plan no se ha probado del todo.
   *[patient] { $after }, se hizo el { $done } de las sesiones prescritas, por debajo del { $min } que fija su programa. Según los propios términos del plan, aún no se ha probado del todo, así que el diario no puede mostrar si funciona.
}
analysis-change-not-reached = { $voice ->
    [clinician] { $after }, con el { $done } de las sesiones prescritas hechas, el dolor máximo no ha cambiado en la cantidad fijada en el programa.
   *[patient] { $after }, con el { $done } de las sesiones prescritas hechas, su registro muestra que el dolor máximo no ha cambiado en la cantidad acordada en su programa.
}
analysis-change-reached = { $voice ->
    [clinician] { $after }, con el { $done } de las sesiones prescritas hechas, el registro del paciente muestra el cambio fijado en el programa.
   *[patient] { $after }, con el { $done } de las sesiones prescritas hechas, su registro muestra el cambio acordado en su programa.
}
analysis-next-steps-patient = Su programa dice que es el momento de hablar de los próximos pasos con su profesional sanitario, incluido si procede valorar una infiltración.

analysis-psfs = { $voice ->
    [clinician] Media PSFS { $direction ->
            [rose] subió
           *[fell] bajó
        } { $by } (cambio importante según el programa: { $important }).
   *[patient] Sus puntuaciones de actividad (PSFS) { $direction ->
            [rose] subieron
           *[fell] bajaron
        } { $by }; su programa considera { $important } como un cambio importante.
}

analysis-injection = { $voice ->
    [clinician] Desde la infiltración del { $date }: dolor máximo { $before } en los { $before_days } días anteriores, { $now } { $ongoing ->
            [yes] en los últimos { $now_days } días
           *[no] en los { $now_days } días hasta el { $now_to }
        }: { $change }.
   *[patient] Desde la infiltración del { $date }: dolor máximo { $before } en los { $before_days } días anteriores, { $now } { $ongoing ->
            [yes] en los últimos { $now_days } días
           *[no] en los { $now_days } días hasta el { $now_to }
        }: { $change }.
}
analysis-injection-not-measured = { $voice ->
    [clinician] Infiltración registrada el { $date }; su efecto se mide cuando haya { $before_min } entradas del diario en los { $before_days } días anteriores y { $after_min } después.
   *[patient] Se registró una infiltración el { $date }. Su efecto se mide cuando haya { $before_min } entradas del diario en los { $before_days } días anteriores y { $after_min } después.
}

## Suggestions after a session.

analysis-suggest-next-level = Sus dos últimas sesiones fueron verdes y llegó al máximo del rango. ¿Quiere pasar al nivel { $level }?
analysis-suggest-next-level-named = Sus dos últimas sesiones fueron verdes y llegó al máximo del rango. ¿Quiere pasar al nivel { $level }: { $name }?
analysis-suggest-more-load = Sus dos últimas sesiones fueron verdes, en el máximo del rango. La próxima vez podría añadir un poco de peso (del 2 al 10 %).
analysis-suggest-level-down = Su última sesión fue roja. Bajar al nivel { $level } durante un tiempo puede ayudar.
analysis-suggest-level-down-named = Su última sesión fue roja. Bajar al nivel { $level }: { $name } durante un tiempo puede ayudar.
analysis-suggest-fewer-reps = Su última sesión fue roja. Hacer menos repeticiones (o mantener menos tiempo) la próxima vez puede ayudar.

## The month calendar.

analysis-day-before-start = antes de empezar el programa
analysis-day-done = sesión hecha
analysis-day-rest-advised = descanso aconsejado por su profesional sanitario, no cuenta
analysis-day-away = enfermo o fuera, no cuenta
analysis-day-missed = día de entrenamiento perdido
analysis-day-rest = día de descanso
analysis-day-due = día de entrenamiento
analysis-calendar-day = { $date }: { $what }
analysis-calendar-today = { $date }, hoy: { $what }

## Reminders.

analysis-reminder-training-title = Hora de sus ejercicios
analysis-reminder-training-body = Hoy es día de entrenamiento en su programa. Abra la aplicación para registrar su sesión cuando la haya hecho.
analysis-reminder-diary-title = Su diario de hoy
analysis-reminder-diary-body = ¿Cómo ha estado su dolor hoy? Anotarlo lleva un minuto y les ayuda a usted y a su fisioterapeuta a ver cómo van las cosas.
analysis-reminder-no-training-days = ningún día (su programa no tiene días de entrenamiento)
analysis-reminder-training = Un recordatorio a las { $time } los { $days }, salvo que haya registrado su sesión o su diario diga descanso o ausencia.
analysis-reminder-diary = Un recordatorio a las { $time } cada día, salvo que haya escrito la entrada del diario de ese día.
analysis-reminder-none = Sin recordatorios: la aplicación no le recordará nada.

## Periods of the charts.

analysis-period-week-name = semana { $week } (desde el { $date })
analysis-period-quarter-name = T{ $quarter } { $year }
analysis-period-noun = { $period ->
    [day] día
    [month] mes
    [quarter] trimestre
    [year] año
   *[week] semana
}

## An exercise's sets in a few words.

analysis-sets-none = ninguna serie
analysis-sets-hold-secs = { $secs } s
analysis-sets-same = { $count } × { $amount }
analysis-sets-same-each-side = { $count } × { $amount } por lado
analysis-sets-same-holds = { $count } × { $amount } de mantenimiento
analysis-sets-same-holds-each-side = { $count } × { $amount } de mantenimiento por lado
analysis-sets-listed-reps = { $list } repeticiones
analysis-sets-listed-holds = { $list } de mantenimiento
analysis-list-and = { $rest } y { $last }
analysis-load-body-weight = peso corporal
analysis-load-band = banda { $strength }
analysis-load-band-doubled = banda { $strength }, doble
