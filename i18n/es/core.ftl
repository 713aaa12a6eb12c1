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

## Files that could not be read or saved (shown to the patient, or by `check`).

core-file-entry-misfiled = una entrada con fecha { $date } está en el archivo de { $month }
core-file-entries-misfiled = { $count ->
    [one] { $count_text } entrada con fechas del { $from } al { $to } está en el archivo de { $month }
   *[other] { $count_text } entradas con fechas del { $from } al { $to } están en el archivo de { $month }
}
core-file-number-shared = dos entradas comparten el número { $number }
core-file-numbers-shared = { $count ->
    [one] { $count_text } número de entrada se usa dos veces (el primero: { $first })
   *[other] { $count_text } números de entrada se usan dos veces (el primero: { $first })
}
core-file-unreadable = No se pudo leer el archivo { $path }: { $reason }.
core-file-restored = No se pudo leer el archivo { $path }: { $reason }. La aplicación repuso la copia guardada el { $time }; puede faltar lo que se anotó en ese archivo después. El archivo dañado no se borró: se guarda como { $kept_as }.
core-file-restore-failed = { $reason }; reponer su última copia buena también falló: { $error }
core-file-good-copy-kept = { $reason }. Se guarda una copia buena del { $time }; la aplicación la repone la próxima vez que abra esta carpeta para escribir
core-file-earlier-save = un guardado anterior

core-io-disk-full = el disco está lleno. Libere algo de espacio y la aplicación lo intentará de nuevo
core-io-permission = la aplicación no tiene permiso para escribir ahí. Revise los permisos de la carpeta
core-io-read-only = el disco es de solo lectura
core-io-missing = falta el archivo o su carpeta
core-io-other = el sistema informó: { $reason }
core-io-too-large = el archivo tiene { $size } bytes, más que los { $max } bytes que puede tener un archivo de esta aplicación

core-storage-could-not-save = No se pudo guardar { $path }: { $reason }
core-storage-could-not-read = No se pudo leer { $path }: { $reason }
core-storage-newer = No se guardó { $path }: lo escribió una versión más reciente de rehab-tracker, y esta versión nunca sobrescribe un archivo así
core-storage-encode = No se pudo preparar { $path } para guardarlo: { $reason }

core-decode-newer = lo escribió una versión más reciente de rehab-tracker (formato de archivo { $found }); esta versión lee hasta el formato { $newest }
core-decode-not-text = no es un archivo de texto escrito por la aplicación (contiene bytes que no son texto)
core-decode-invalid = su contenido está dañado o no tiene la forma esperada ({ $why })

core-lock-busy = Otra copia de rehab-tracker está usando la carpeta de datos { $dir }. Cierre esa copia (otra ventana, o una orden que aún se está ejecutando) e inténtelo de nuevo.
core-lock-io = No se pudo abrir el archivo de bloqueo { $path }: { $reason }. La aplicación necesita escribir en la carpeta de datos { $dir }; compruebe que existe y que puede escribir en ella, o indique otra carpeta con --data-dir.

## Exports.

core-format-csv = Tablas CSV (hoja de cálculo)
core-format-bundle = Paquete completo (se vuelve a abrir en la aplicación)
core-format-fhir = FHIR R4 (historias clínicas)
core-format-report = Informe de una página (página web, se imprime en A4)
core-format-sheet = Hoja del programa con imágenes (página web, se imprime en A4)
core-export-could-not-write = No se pudo escribir { $path }: { $reason }
core-export-is-a-file = { $path } es un archivo; las tablas CSV se escriben en una carpeta, así que indique el nombre de una carpeta
core-export-is-a-folder = { $path } es una carpeta; indique el nombre del archivo que se va a escribir, por ejemplo { $example }
core-bundle-not-text = no es un paquete: contiene bytes que no son texto
core-bundle-no-checksum = sus dos primeras líneas (el título del paquete y su suma de verificación) faltan o están dañadas, así que no se puede comprobar: no es un paquete de rehab-tracker, o se cambió después de exportarlo; pida una nueva exportación
core-bundle-newer = lo escribió una versión más reciente de rehab-tracker (formato de paquete { $found }); esta versión lee hasta el formato { $newest }
core-bundle-checksum = su contenido no coincide con su suma de verificación, así que se cambió o se dañó después de exportarlo (sha256 esperado { $expected }, encontrado { $found }); pida una nueva exportación
core-bundle-checksum-plain = su contenido no coincide con su suma de verificación, así que se cambió o se dañó después de exportarlo; pida una nueva exportación
core-bundle-checksum-details = SHA-256 en la cabecera: { $expected }
    SHA-256 del contenido: { $found }
core-bundle-damaged = su contenido está dañado o no tiene la forma esperada ({ $why })
core-bundle-damaged-plain = su contenido está dañado o no tiene la forma esperada; pida una nueva exportación
core-bundle-not-a-month = «{ $month }» no es un mes (AAAA-MM)
core-bundle-month-twice = el mes { $month } aparece dos veces
core-bundle-light-without-session = su resumen da un semáforo a la sesión { $session }, que no contiene

## Exercise pictures.

core-picture-alt = Dibujo de { $exercise }, { $level }: las posiciones inicial y final. { $cue }
core-picture-alt-no-level = Dibujo de { $exercise }.

## Keys, encryption and signatures (read by the clinician, and by the patient opening a programme file).

core-key-not-recipient = '{ $given }' no es una clave pública age: empieza por age1 y tiene 62 caracteres
core-key-no-identity = no contiene ninguna identidad age (una línea que empiece por AGE-SECRET-KEY-1)
core-decrypt-other-key = está cifrado para otra clave, no para esta identidad: era para otra consulta, o se hizo con una clave anterior suya
core-decrypt-header-changed = está cifrado, pero su cabecera se cambió o se dañó después de escribirse: pida de nuevo la exportación
core-decrypt-content-changed = está cifrado, pero se cortó o se cambió después de escribirse (el contenido cifrado no se verifica): pida de nuevo la exportación
core-decrypt-not-age = no es un archivo cifrado que esta aplicación pueda leer ({ $why })
core-decrypt-too-large = contiene más de { $max } bytes, más de lo que puede tener una exportación de esta aplicación
core-sign-key-malformed = no es una clave minisign ({ $why })
core-sign-key-passphrase = está protegida por una frase de contraseña, que rehab-tracker no pide; cree las claves con `rehab-tracker clinician keygen`
core-sign-key-damaged = está dañada (su suma de verificación no coincide)
core-signature-malformed = la firma está dañada o no tiene el formato minisign ({ $why })
core-signature-other-key = la firma se hizo con otra clave (id de clave { $found }, se esperaba { $expected })
core-signature-content-changed = el contenido se cambió después de firmarse (la firma no coincide con él)
core-signature-comment-changed = el comentario de confianza de la firma se cambió después de firmarse

core-keys-name-empty = el nombre del profesional está vacío
core-keys-name-too-long = el nombre del profesional tiene más de { $max } caracteres
core-keys-name-one-line = el nombre del profesional debe ser una sola línea de texto
core-keys-signing-key-bad = la clave de firma del profesional: { $reason }
core-keys-encryption-key-bad = la clave de cifrado del profesional: { $reason }
core-keys-no-random = el sistema no dio números aleatorios ({ $error })
core-keys-name-unwritable = no se pudo escribir el nombre ({ $error })
core-keys-not-a-pair = no corresponde a la clave pública de { $card } (los archivos son de dos pares de claves distintos)
core-keys-exist = { $path } ya existe; las claves nunca se sobrescriben. Elija una carpeta vacía, o mueva antes las claves antiguas (docs/security.md explica cómo cambiar las claves)
core-keys-could-not-read = No se pudo leer { $path }: { $reason }
core-keys-could-not-make = No se pudo crear { $path }: { $reason }
core-keys-could-not-write = No se pudo escribir { $path }: { $reason }
core-keys-exposed = { $path } lo pueden leer otras personas en este ordenador (sus permisos son { $mode }; una clave secreta debe tener 600, legible solo por usted). No se ha usado. Hágala privada con: chmod 600 { $path }. Si alguien pudo copiarla, cree claves nuevas (docs/security.md)
core-keys-bad = { $path } no es una clave utilizable: { $reason }

## A programme file the clinician sent (read by the patient).

core-programme-file-not-text = esto no es un archivo de programa: contiene bytes que no son texto
core-programme-file-is-bundle = esto es una exportación de un diario, no un programa: pida a su profesional sanitario el archivo de programa que guardó para usted
core-programme-file-no-checksum = esto no es un archivo de programa de rehab-tracker, o sus primeras líneas se dañaron: pida a su profesional sanitario que se lo envíe de nuevo
core-programme-file-newer = lo escribió una versión más reciente de rehab-tracker (formato de programa { $found }); actualice la aplicación para abrirlo
core-programme-file-checksum = se cambió o se dañó después de que su profesional sanitario lo guardara (su suma de verificación no coincide): pídale que se lo envíe de nuevo
core-programme-file-damaged = su contenido está dañado o no tiene la forma esperada ({ $why }): pida a su profesional sanitario que se lo envíe de nuevo
core-programme-file-signature-damaged = su firma está dañada o no tiene el formato minisign ({ $why }): pida a su profesional sanitario que se lo envíe de nuevo
core-programme-file-tampered = se cambió después de firmarse, o la firma no es del profesional que nombra: { $why }. No lo use, y pida a su profesional sanitario que se lo envíe de nuevo
core-programme-file-unsigned = un programa firmado sin su firma
core-programme-file-signed-unsigned = una firma sobre un programa sin firmar

## The programme: doses, and the problems the programme editor shows the clinician.

core-range = { $min } a { $max }
core-dose-reps = { $sets } { $sets_max ->
    [one] serie
   *[other] series
} de { $reps } { $reps_max ->
    [one] repetición
   *[other] repeticiones
}
core-dose-holds = { $sets } { $sets_max ->
    [one] mantenimiento
   *[other] mantenimientos
} de { $secs } { $secs_max ->
    [one] segundo
   *[other] segundos
}
core-programme-problems = el programa tiene problemas: { $problems }
core-programme-builtin-broken = el programa integrado no se puede leer: { $error }
core-programme-sessions-range = las sesiones por semana deben ser de 1 a 14, no { $given }
core-programme-bands-rise = los rangos de dolor deben subir: seguro, luego aceptable, como máximo 10
core-programme-morning-rise = la subida matinal para ámbar debe ser mayor que 0 y menor que la del rojo
core-programme-usual-morning = el mínimo de puntuaciones matinales para un dolor matinal habitual no puede ser mayor que sus días
core-programme-starting-entries = el mínimo de entradas del diario para un dolor inicial no puede ser mayor que sus días
core-programme-current-entries = el mínimo de entradas del diario para un dolor actual no puede ser mayor que sus días
core-programme-quiet-days = los días sin entradas antes de que un diario cuente como silencioso deben ser 1 o más
core-programme-weeks = la semana de control debe ir antes de la semana de decisión
core-programme-threshold-points = el umbral de mejora en puntos debe ser un número de 0 o más
core-programme-threshold-pct = el umbral de mejora en % debe ser un número de 0 o más
core-programme-threshold-adherence = el umbral de adherencia debe ser un número de 0 o más
core-programme-threshold-psfs = el umbral de cambio del PSFS debe ser un número de 0 o más
core-programme-threshold-worsening = el umbral de empeoramiento debe ser un número de 0 o más
core-programme-id-twice = el id de ejercicio { $id } aparece dos veces
core-programme-no-levels = { $name } no tiene niveles
core-programme-level-out = { $name } está en el nivel { $level }, pero tiene los niveles 1 a { $levels }
core-programme-picture-bad = { $name }: el dibujo tiene números con los que no se puede dibujar
core-programme-dose-bad = { $name }, { $level }: la dosis no tiene sentido
core-programme-earlier-problem = el programa vigente hasta el { $until }: { $problem }
core-programme-earlier-order = los programas anteriores no están en orden de fechas ({ $until } va después de { $before })

## What changed in a programme, one line each (the patient sees them before taking up a new programme).

core-change-name = Nombre del programa: ahora «{ $name }».
core-change-sessions = Sesiones por semana: de { $from } a { $to }.
core-change-days = Días de entrenamiento: ahora { $days }.
core-change-from-to = { $what }: de { $from } a { $to }.
core-change-safe-max = Dolor durante el ejercicio que aún cuenta como seguro (verde)
core-change-acceptable-max = Dolor durante el ejercicio que aún cuenta como aceptable (ámbar)
core-change-morning-amber = Subida del dolor a la mañana siguiente que pone una sesión en ámbar
core-change-morning-red = Subida del dolor a la mañana siguiente que pone una sesión en rojo
core-change-usual-morning-days = Días de mañanas que forman su dolor matinal habitual
core-change-usual-morning-min = Mínimo de puntuaciones matinales para un dolor matinal habitual
core-change-baseline-days = Días de los que se toma el dolor inicial
core-change-baseline-min = Mínimo de entradas del diario para un dolor inicial
core-change-current-days = Días de los que se toma el dolor actual
core-change-current-min = Mínimo de entradas del diario para un dolor actual
core-change-checkin-week = Semana de control
core-change-decision-week = Semana de decisión
core-change-worsening-weeks = Semanas seguidas de más dolor que significan ponerse en contacto
core-change-quiet-days = Días sin entradas antes de que el diario cuente como silencioso
core-change-important-points = Mejora que cuenta como importante
core-change-important-pct = Mejora que cuenta como importante, como parte del inicio
core-change-adherence = Parte de las sesiones necesaria para que el plan cuente como probado
core-change-psfs = Aumento en las puntuaciones de actividad (PSFS) que cuenta como importante
core-change-worsening-points = Subida del dolor semanal sobre el inicio que cuenta como empeoramiento
core-change-points = { $points ->
    [one] { $points_text } punto
   *[other] { $points_text } puntos
}
core-change-new-exercise = { $name }: ejercicio nuevo.
core-change-new-exercise-off = { $name }: ejercicio nuevo (no activado).
core-change-exercise-removed = { $name }: retirado del programa.
core-change-renamed = { $old }: ahora se llama { $name }.
core-change-switched-on = { $name }: activado.
core-change-switched-off = { $name }: desactivado.
core-change-level-named = { $name }: del nivel { $from } al nivel { $to } ({ $level }).
core-change-level = { $name }: del nivel { $from } al nivel { $to }.
core-change-held = { $name }: se mantiene en su nivel (sin subir por ahora).
core-change-free = { $name }: puede volver a subir de nivel.
core-change-dose = { $name }, nivel { $number } ({ $level }): ahora { $dose }.
core-change-wording = { $name }, nivel { $number }: nueva redacción ({ $level }).
core-change-fewer-levels = { $name }: ahora { $count } niveles en lugar de { $before }.

## The clinician's caseload (review window and `review`). Dates stay as ISO days (2026-11-24).

core-review-holds-whole = todo el diario hasta el { $to }
core-review-holds-range = del { $from } al { $to }
core-review-folder-unreadable = no se pudo leer la carpeta: { $reason }
core-review-file-unreadable = no se pudo leer: { $reason }
core-review-reader-stopped = no se pudo leer: la lectura se detuvo de forma inesperada
core-review-no-profile = no contiene ningún perfil (el paciente no había terminado la configuración)
core-review-no-programme = no contiene ningún programa
core-review-note-part = Solo una parte del diario: desde el { $from } (el programa empezó el { $start }).
core-review-note-as-of = A fecha de { $to }, el último día exportado; el archivo se creó el { $made }.
core-review-note-pseudonymised = Seudonimizado: notas omitidas.
core-review-note-same-code = Otro paciente usa el mismo código { $code }: { $files } (un identificador de paciente distinto). Sus exportaciones se mantienen separadas.
core-review-note-newer = Hay una exportación más reciente de este paciente en la lista: { $name } contiene { $best }; esta, { $this }.
core-review-note-more-complete = Hay una exportación más completa de este paciente en la lista: { $name } contiene { $best }; esta, { $this }.
core-review-note-later = Hay una exportación posterior de los mismos días en la lista: { $name }, creada el { $made }.
core-review-last-entry-quiet = { $date } (hace { $days ->
    [one] { $days_text } día
   *[other] { $days_text } días
})
core-review-last-entry-none = ninguna
core-review-not-enough-entries = no hay suficientes entradas

## Other checks.

core-archive-failed = no se pudo crear el archivo comprimido: { $error }
core-archive-too-long = { $path } no puede entrar en el archivo comprimido: su nombre o su tamaño es demasiado largo
core-archive-refused = { $path } no puede entrar en el archivo comprimido: { $error }
core-patient-id-invalid = un identificador de paciente debe ser un UUID en minúsculas, por ejemplo 0f8c2d1e-6b7a-4c3d-9e2f-1a2b3c4d5e6f, pero era { $given }
core-no-data-folder = no se encontró ninguna carpeta de datos para este usuario; indique una con --data-dir
core-side-left = izquierdo
core-side-right = derecho
core-review-needs-identity = está cifrado: solo se abre con el archivo de identidad (identity.txt) del profesional para quien se hizo, y no se indicó ninguno
core-bundle-no-programme-in-force = tiene programas anteriores pero ningún programa vigente
core-keys-not-text = no es un archivo de texto
core-file-too-many-unreadable = ya se guardan demasiadas copias ilegibles de este archivo
