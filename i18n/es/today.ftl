### The Today tab: the session and its sets.
### Every id here starts with "today-". Spanish.


today-summary-saved = Sesión guardada a las { $time }.
today-summary-saved-well-done = Sesión guardada a las { $time }. Bien hecho.
today-summary-done = La sesión de hoy está hecha (anotada a las { $time }).
today-summary-next = Próxima sesión: { $date }.
today-summary-log-another = Anotar otra sesión hoy
today-summary-log-another-hover = Solo para una segunda sesión: esta ya está guardada
today-summary-see-in-history = Verla en el historial
today-summary-see-in-history-hover = Allí puede cambiarla o borrarla
today-summary-what-you-did = Lo que hizo
today-summary-exercise = { $name } (nivel { $level }): { $sets }
today-summary-exercise-pain = { $name } (nivel { $level }): { $sets }, dolor { $pain }
today-summary-light = Su semáforo:
today-summary-light-provisional = Sale del dolor durante la sesión. Mañana por la mañana la aplicación le pregunta cómo se ha calmado, y entonces el semáforo es definitivo.
today-summary-no-light = Sin semáforo: la sesión no tiene puntuación de dolor. Puede añadir una en el historial.
today-summary-light-pending = Calculando su semáforo…

today-timer-minutes = { $count ->
    [one] { $count_text } minuto
   *[other] { $count_text } minutos
}
today-timer-seconds = { $count ->
    [one] { $count_text } segundo
   *[other] { $count_text } segundos
}
today-timer-rest-of = Descanso de { $length }
today-timer-rest-after = { $ended }. Descanso de { $length }
today-timer-hold = Mantener: { $name }
today-timer-finished = Se acabó el tiempo: { $what } terminado.
today-timer-left = quedan { $count_text } s
today-timer-time-gone = Tiempo transcurrido: { $what }
today-timer-stop = Parar el temporizador
today-timer-rest-timer = Temporizador de descanso:
today-timer-choice-minutes = { $count_text } min
today-timer-choice-seconds = { $count_text } s
today-timer-start-rest-hover = Empezar un descanso de { $length }
today-timer-rest-name = Descanso { $count_text } segundos
today-timer-rest-after-each-set = Empezar un descanso después de cada serie
today-timer-rest-after-each-set-hover = Cuando añade una serie o termina un mantenimiento, el temporizador de descanso empieza solo

today-set-left-side = Lado izquierdo
today-set-right-side = Lado derecho
today-set-side-hover = ¿Lo hizo del otro lado? Pulse para cambiarlo.
today-set-side-name = { $name }: lado
today-set-seconds = segundos
today-set-reps = repeticiones
today-set-amount-name = { $name }: { $unit }
today-set-body-weight = peso corporal
today-set-weight-hover = Peso añadido, en { $unit }; 0 es solo el peso corporal
today-set-weight-name = { $name }: peso añadido en { $unit }
today-set-band-name = { $name }: banda
today-set-doubled = doble
today-set-doubled-name = { $name }: banda doble
today-set-remove = Quitar
today-set-remove-hover = Quitar esta serie
today-set-remove-name = { $name }: quitar

today-first-next-set = Siguiente: { $name }, serie { $set } de { $sets }
today-first-next-set-side = Siguiente: { $name }, serie { $set } de { $sets } (lado { $side })
today-first-all-filled = Todos los ejercicios están rellenados.
today-first-filled = { $count ->
    [one] { $count } ejercicio rellenado
   *[other] { $count } ejercicios rellenados
} de { $of }. Guarde la sesión al final de la página cuando haya terminado.
today-first-log-next-set = Anotar la siguiente serie
today-first-log-next-set-hover = Añade la siguiente serie como la última; el temporizador de descanso empieza si está configurado así
today-first-go-to-saving = Ir a guardar
today-first-go-to-saving-hover = Le lleva al botón de guardar la sesión, al final de la página
today-first-start-hint = { $count ->
    [one] { $count } ejercicio
   *[other] { $count } ejercicios
}, uno a uno con el temporizador. O anote abajo lo que hizo.
today-first-rest-day = Día de descanso.
today-first-rest-day-next = Día de descanso. Próxima sesión: { $day }.
today-first-rest-day-hint = El descanso deja que los músculos se recuperen y se fortalezcan. Aun así puede anotar una sesión si hizo una.
today-first-second-session = Una segunda sesión hoy.
today-first-extra-session = Las sesiones de esta semana están hechas: la de hoy es extra.
today-first-session-due = Hoy toca una sesión.

today-week-title = Esta semana
today-week-not-started = Las sesiones se cuentan desde el primer día del programa.
today-week-none-logged = Aún no hay ninguna sesión anotada esta semana.
today-week-logged-on = Anotada el { $days }.
today-week-asks = El programa pide { $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
} a la semana: { $days }.
today-weekday-short = { $day ->
    [mon] lun
    [tue] mar
    [wed] mié
    [thu] jue
    [fri] vie
    [sat] sáb
   *[sun] dom
}

today-list-and = { $first } y { $last }
today-side-word = { $side ->
    [left] izquierdo
   *[right] derecho
}

today-session-pain = Dolor durante la sesión
today-unsaved-parts = La sesión de hoy aún no está guardada ({ $parts }).
today-unsaved = La sesión de hoy aún no está guardada.
today-unsaved-filled = { $count ->
    [one] { $count } ejercicio rellenado
   *[other] { $count } ejercicios rellenados
}
today-unsaved-pain-only = una puntuación de dolor pero ninguna serie para { $count ->
    [one] { $count } ejercicio
   *[other] { $count } ejercicios
}
today-hold-logged = { $name } serie { $set } anotada ({ $secs } s)
today-hold-times-up = Se acabó el tiempo: { $logged }.
today-header-starts-on = Su programa empieza el { $date }.
today-header-week-of = Semana { $week } de { $decision }.
today-header-week-past-decision = Semana { $week }. El punto de decisión fue la semana { $decision }.

today-injection-title = Después de su inyección del { $date }
today-injection-advice = El dolor puede aumentar hasta dos días, rara vez hasta una semana. Tómeselo con calma uno o dos días y luego vuelva a aumentar a lo largo de la semana. Contacte con la consulta durante la primera semana si la zona se hincha, se pone roja o caliente, o si tiene fiebre o se encuentra mal. Si tiene diabetes, su azúcar en sangre puede estar más alto hasta una semana.
today-injection-count = Inyecciones anotadas en los últimos 12 meses: { $count }. Normalmente no se ponen más de 3 al año en un mismo sitio.

today-ease-title = Su última sesión fue roja: demasiado.
today-ease-plan = Una dosis más suave esta vez puede ayudar: { $plan }.
today-ease-back-one-level = { $names } un nivel atrás
today-ease-fewer = { $names } con una cuarta parte menos de repeticiones o mantenimientos más cortos
today-ease-fewer-every = todos los ejercicios con una cuarta parte menos de repeticiones o mantenimientos más cortos
today-ease-use = Usar la dosis más suave
today-ease-use-hover = Prepara la sesión de hoy con la dosis más suave; aún puede cambiar cualquier serie
today-ease-done-levels = Dosis más suave preparada. Ctrl+Z devuelve los niveles.
today-ease-done-filled = Dosis más suave rellenada abajo. Haga lo que pueda y luego anote la sesión.
today-ease-step = la dosis más suave
today-ease-not-this-time = Esta vez no

today-card-level = Nivel { $level } de { $levels }: { $name }
today-card-level-locked = Nivel { $level } de { $levels }: { $name } (su terapeuta lo mantiene en este nivel)
today-card-dose-each-side = { $dose }, en cada lado
today-card-remember = Recuerde: { $cue }
today-card-first-time = Primera vez: empiece por la parte baja de la dosis.
today-card-last-time = La última vez ({ $date }): { $sets }
today-card-last-time-pain = La última vez ({ $date }): { $sets }, dolor { $pain }
today-card-last-time-level = La última vez ({ $date }, nivel { $level }): { $sets }
today-card-last-time-level-pain = La última vez ({ $date }, nivel { $level }): { $sets }, dolor { $pain }
today-card-done-as-prescribed = Hecho según lo prescrito
today-card-done-as-prescribed-name = { $name }: hecho según lo prescrito
today-card-reset = Volver a lo prescrito
today-card-reset-name = { $name }: volver a lo prescrito
today-card-fill-hover = Rellena las series que hizo la última vez en este nivel, o la prescripción
today-card-filled-step = { $name } rellenado según lo prescrito
today-card-reset-step = { $name } vuelto a lo prescrito
today-card-add-set = Añadir una serie
today-card-add-set-hover = Añade una serie como la última; el temporizador de descanso empieza si está configurado así
today-card-add-set-name = { $name }: añadir una serie
today-card-start-hold = Empezar a mantener { $secs } segundos
today-card-start-hold-hover = Cuenta atrás el mantenimiento en la barra de abajo y lo anota como serie al terminar
today-card-start-hold-name = { $name }: empezar a mantener
today-card-set = Serie { $set }
today-card-set-name = { $name } serie { $set }
today-card-set-name-side = { $name } serie { $set }, lado { $side }
today-card-set-removed = { $name } serie { $set } quitada
today-card-pain-during = Dolor durante: { $name }
today-card-no-pain-score = Aún sin puntuación de dolor: elija una (0 es sin dolor).
today-card-move-to-level = Pasar al nivel { $level }
today-card-move-to-level-name = { $name }: pasar al nivel { $level }
today-card-not-yet = Todavía no
today-card-not-yet-name = { $name }: todavía no
today-card-ok = De acuerdo
today-card-ok-name = { $name }: de acuerdo

today-all-done-title = ¿Lo hizo todo según lo prescrito?
today-all-done-another = Otra sesión hoy
today-all-done-hint = Indique el dolor más fuerte que tuvo durante la sesión y anótela de una vez. Lo que haya rellenado abajo se guarda tal como lo escribió.
today-all-done = Todo hecho según lo prescrito
today-all-done-hover = Anotar la sesión de hoy: cada ejercicio a su dosis prescrita (o como la última vez), salvo lo que rellenó usted
today-held-no-sets = { $names }: una puntuación de dolor pero ninguna serie. Una sesión guarda un ejercicio solo con sus series: rellénelas arriba («Hecho según lo prescrito» las rellena), o guarde sin { $count ->
    [one] él
   *[other] ellos
}.
today-held-save-without-that = Guardar sin esa puntuación de dolor
today-held-no-pain = Sin puntuación de dolor para { $names }. Elija arriba el dolor durante la sesión (0 es sin dolor), o guarde sin { $count ->
    [one] puntuación de dolor: ese ejercicio no tendrá
   *[other] puntuaciones de dolor: esos ejercicios no tendrán
} semáforo.
today-held-save-without = Guardar sin puntuación de dolor
today-save-nothing = Rellene primero las series de un ejercicio.
today-save-effort-and-note = Esfuerzo y una nota (opcional)
today-save-effort-question = ¿Qué tan dura fue la sesión en general? (0 = descanso, 10 = lo más duro que pudo)
today-save-effort = Esfuerzo de la sesión
today-save-note = Nota
today-save-note-name = Nota de la sesión
today-save = Guardar la sesión
today-save-count = Guardar la sesión ({ $count ->
    [one] { $count } ejercicio
   *[other] { $count } ejercicios
})
today-save-some-hint = ¿Hizo solo algunos ejercicios? Rellénelos arriba y guárdelos aquí.

today-guided-set = Serie { $set } de { $sets }
today-guided-name-and-set = { $name }, serie { $set } de { $sets }
today-guided-rest-over = Descanso terminado.
today-guided-rest-over-next = Descanso terminado. Siguiente: { $next }.
today-guided-hold-over = Mantenimiento terminado: serie hecha.
today-guided-pain-first = Elija primero el dolor durante la sesión (0 es sin dolor).
today-guided-set-done = Serie hecha
today-guided-set-done-hover = Serie hecha (Espacio)
today-guided-skip-rest = Saltar el descanso
today-guided-skip-rest-hover = Saltar el descanso (Espacio)
today-guided-time-hold = Cronometrar el mantenimiento
today-guided-easier = Más fácil
today-guided-easier-hover = Las series que quedan de este ejercicio una cuarta parte más cortas: menos repeticiones o un mantenimiento más corto
today-guided-skip-exercise = Saltar el ejercicio
today-guided-back = Atrás
today-guided-back-hover = Volver al ejercicio anterior
today-guided-end = Terminar la sesión
today-guided-end-hover = Terminar la sesión guiada (Esc); se le pregunta antes de descartar nada de lo que hizo
today-guided-seconds = { $secs } s
today-guided-hold-secs = Mantener { $secs } s
today-guided-reps = { $count ->
    [one] { $count_text } repetición
   *[other] { $count_text } repeticiones
}
today-guided-left-side = Lado izquierdo
today-guided-right-side = Lado derecho
today-guided-easier-dose = Dosis más suave
today-guided-rest = Descanso
today-guided-rest-time-gone = Tiempo transcurrido: descanso
today-guided-next = Siguiente: { $next }
today-guided-session-done = Sesión terminada
today-guided-done-counts = { $exercises ->
    [one] { $exercises } ejercicio
   *[other] { $exercises } ejercicios
} y { $sets ->
    [one] { $sets } serie
   *[other] { $sets } series
}.
today-guided-pain-question = El dolor más fuerte que tuvo durante la sesión:
today-guided-end-question = ¿Terminar la sesión? Ha hecho { $count ->
    [one] { $count } serie
   *[other] { $count } series
}.
today-guided-end-hint = Guarde lo que hizo, o descarte las series hechas en esta sesión.
today-guided-keep-going = Seguir
today-guided-save-what-i-did = Guardar lo que hice
today-guided-discard = Descartar
today-guided-discard-hover = Descartar las series hechas en esta sesión
