### The clinician's report page.
### Every id here starts with "report-". Spanish.

## El informe de una página para el profesional: objetivo, en tercera persona.

report-title = Ejercicios en casa: informe para el profesional
report-patient = Paciente { $name }
report-patient-pseudonym = Paciente { $name } (seudónimo: no se indicó ningún código)
report-meta = { $programme } · inicio { $start } · lado afectado: { $side } · del { $first } al { $last } · exportado { $exported } { $time }
report-footer = Diario del paciente, resumido frente al plan fijado por el profesional; no es un diagnóstico. Umbrales tomados del archivo del programa «{ $programme }». Generado por rehab-tracker { $version }.
report-no-data = la carpeta de datos aún no tiene perfil ni programa, así que no hay nada que informar

## Cifras clave

report-number-week = Semana
report-number-week-value = { $week } (revisión en la semana { $checkin }, decisión al final de la semana { $decision })
report-number-sessions = Sesiones hechas
report-number-sessions-value = { $adherence }; umbral { $threshold } %
report-number-baseline = Dolor máx. al inicio
report-number-baseline-first = { $pain } / 10 ({ $days ->
        [one] primer día
       *[other] primeros { $days_text } días
    })
report-number-baseline-before = { $pain } / 10 ({ $days ->
        [one] { $days_text } día antes del inicio
       *[other] { $days_text } días antes del inicio
    })
report-number-baseline-not-yet = sin calcular: hacen falta { $needs ->
        [one] { $needs_text } día
       *[other] { $needs_text } días
    } con registro en { $days ->
        [one] { $days_text } día
       *[other] { $days_text } días
    } ({ $have_text } registrados)
report-number-current = Dolor máx. reciente
report-number-current-value = { $pain } / 10 ({ $days ->
        [one] último día
       *[other] últimos { $days_text } días
    })
report-number-current-not-yet = sin calcular: hacen falta { $needs ->
        [one] { $needs_text } día
       *[other] { $needs_text } días
    } con registro en { $days ->
        [one] { $days_text } día
       *[other] { $days_text } días
    } ({ $have_text } registrados)
report-number-change = Cambio
report-number-change-value = { $change }; objetivo { $points } o { $percent } %
report-number-change-not-yet = aún sin calcular (faltan los dos valores)
report-number-psfs = PSFS
report-number-psfs-value = media { $start } al inicio, { $lately } recientemente: { $change } (cambio relevante: { $important })
report-number-psfs-no-start = cambio sin calcular: ninguna puntuación { $days ->
        [one] el primer día
       *[other] en los primeros { $days_text } días
    } del programa ni { $days ->
        [one] el día
       *[other] en los { $days_text } días
    } anteriores
report-number-psfs-no-lately = cambio sin calcular: ninguna puntuación { $days ->
        [one] el último día
       *[other] en los últimos { $days_text } días
    }
report-number-sitting = Tolerancia sentado
report-minutes = { $minutes } min
report-number-sitting-both = { $start } al inicio, { $lately } recientemente ({ $change })
report-number-sitting-start-only = { $start } al inicio; pocos registros recientes
report-number-sitting-lately-only = { $lately } recientemente; pocos registros al inicio
report-number-sitting-none = pocos registros para calcularlo

## Gráficos

report-chart-pain = Dolor máx., media { $period ->
        [day] diaria
        [week] semanal
        [quarter] trimestral
        [year] anual
       *[month] mensual
    } (0-10)
report-chart-sessions = Sesiones hechas, % de lo prescrito ({ $period ->
        [day] por día
        [week] por semana
        [quarter] por trimestre
        [year] por año
       *[month] por mes
    })
report-chart-start = inicio { $value }
report-chart-target = objetivo { $value }
report-chart-threshold = umbral { $value } %
report-chart-injection = inyección
report-chart-injection-side = inyección { $side }
report-chart-empty = sin registros en estos días

## Las últimas cuatro semanas

report-recent-heading = Últimas cuatro semanas
report-recent-week = Sem. { $week }: { $from }–{ $to }
report-recent-sessions = Sesiones (hechas / previstas)
report-recent-lights = Semáforos
report-lights-green = { $count ->
        [one] { $count_text } verde
       *[other] { $count_text } verdes
    }
report-lights-amber = { $count ->
       *[other] { $count_text } ámbar
    }
report-lights-red = { $count ->
        [one] { $count_text } roja
       *[other] { $count_text } rojas
    }
report-lights-provisional = { $count ->
        [one] { $count_text } provisional
       *[other] { $count_text } provisionales
    }
report-lights-none = ninguno
report-recent-pain = Dolor, media (máx.)
report-recent-no-entries = sin registros
report-dose = N{ $level } { $sets }×{ $each }{ $sided ->
        [yes] {" "}por lado
       *[no] {""}
    }{ $load ->
        [none] {""}
       *[other] , { $load } kg
    }
report-dose-seconds = { $seconds } s
report-dose-not-done = no hecho
report-dose-legend = Dosis: nivel más alto de la semana (N), series × repeticiones (o segundos mantenidos) por sesión y mayor peso añadido.

## Eventos y puntuaciones

report-events-heading = Eventos y puntuaciones en estos días
report-section-warning-signs = Signos de alarma
report-section-injections = Infiltraciones
report-section-medication = Cambios de medicación
report-section-visits = Visitas clínicas
report-section-levels = Cambios de nivel
report-section-flares = Días de brote
report-section-psfs = Puntuaciones PSFS
report-section-empty = Nada registrado.
report-section-earlier = { $count ->
        [one] y { $count_text } anterior (todos en las exportaciones CSV, paquete y FHIR)
       *[other] y { $count_text } anteriores (todos en las exportaciones CSV, paquete y FHIR)
    }
report-note = Nota: «{ $note }»
report-warning-item = { $date } { $time }: { $signs }; { $state }.
report-warning-standing = vigente: no se ha registrado ninguna visita clínica desde entonces
report-warning-seen = después se registró una visita clínica
report-injection-item = { $date }: { $side }{ $guidance }{ $effect }.
report-injection-side = lado { $side }
report-injection-no-side = lado no indicado
report-injection-effect = ; dolor máximo { $before } antes, { $after } hasta el { $until }: { $change }
report-level-item = { $date }: { $exercise }, nivel { $from } a { $to }.
report-flare-day = { $date }.
report-flare-run = del { $from } al { $to } ({ $days ->
        [one] { $days_text } día
       *[other] { $days_text } días
    }).
report-psfs-item = { $date }: media { $mean } ({ $scores }).
report-dated-item = { $date }.

## Notas del paciente

report-note-diary = { $date } (diario): { $note }
report-note-session = { $date } (sesión): { $note }
report-notes-heading = Las notas del paciente desde el { $date }
report-notes-earlier = { $count ->
        [one] { $count_text } nota anterior está en las exportaciones CSV y paquete.
       *[other] { $count_text } notas anteriores están en las exportaciones CSV y paquete.
    }
report-notes-none-since = Ninguna nota desde el { $date }; { $count ->
        [one] { $count_text } anterior en las exportaciones CSV y paquete.
       *[other] { $count_text } anteriores en las exportaciones CSV y paquete.
    }
report-notes-next-page = Las notas del paciente ({ $count_text }) están en la página siguiente.
report-appendix-heading = { $title }: las notas del paciente
report-page-number = página { $page } de { $pages }

## La hoja de ejercicios impresa, para el paciente (de usted).

report-sheet-title = Su programa de ejercicios
report-sheet-meta = { $programme } · { $sessions ->
        [one] { $sessions_text } sesión por semana
       *[other] { $sessions_text } sesiones por semana
    } · impreso el { $date } · dibujos para el lado: { $side }
report-sheet-level = Nivel { $level } de { $levels }: { $name }
report-sheet-dose-each-side = { $dose }, en cada lado
report-sheet-remember = Recuerde: { $cue }
report-sheet-all-levels = Los ejercicios en cada nivel
report-sheet-level-caption = Nivel { $level }: { $name }
report-sheet-no-programme = no hay ningún programa que imprimir: configure primero la aplicación
