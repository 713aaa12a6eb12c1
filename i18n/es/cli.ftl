### The command line's output and errors.
### Every id here starts with "cli-". Spanish.

cli-event-saved = Guardado: { $event } el { $date }.
cli-lang-help = Usar este idioma (en, de, fr, es); si no, el del escritorio

## Errors in what was typed (the command line's own checks).

cli-not-a-date = «{ $text }» no es una fecha: escríbala como AAAA-MM-DD, por ejemplo 2026-11-24
cli-not-a-time = «{ $text }» no es una hora: escríbala como AAAA-MM-DDTHH:MM, por ejemplo 2026-11-24T18:05
cli-not-a-whole-number = «{ $text }» no es un número entero
cli-unknown-language = la aplicación no habla «{ $text }»: elija uno de { $codes }
cli-unknown-warning-sign = «{ $text }» no es una señal de alarma que la aplicación conozca: indique una de { $codes }

## Changing the diary from the command line (init, log).

cli-nothing-changed-unreadable-file = { $problem } No se cambió nada: la aplicación no escribe en una carpeta de datos con un archivo que no puede leer, para que ese archivo nunca se sobrescriba.
cli-save-failed = { $error }. No se perdió nada de lo que ya estaba guardado.
cli-no-profile = todavía no hay perfil: ejecute primero `rehab-tracker init --start YYYY-MM-DD --affected-side left|right|both`
cli-affected-side = { $side ->
    [left] izquierdo
    [right] derecho
   *[both] ambos
}
cli-profile-saved = Perfil { $updated ->
    [yes] actualizado
   *[no] creado
} en { $dir }: el programa empieza el { $start }, lado afectado: { $side }{ $has_code ->
    [yes] , código de paciente { $code }
   *[no] {""}
}.
cli-diary-saved = Entrada del diario del { $date } { $updated ->
    [yes] actualizada
   *[no] guardada
}.
cli-session-saved = { $count ->
    [one] Sesión del { $date } guardada: { $count } ejercicio según lo prescrito.
   *[other] Sesión del { $date } guardada: { $count } ejercicios según lo prescrito.
}
cli-side-only-for-injection = --side solo va con --kind injection
cli-psfs-mismatch = indique un --score para cada --activity ({ $activities ->
    [one] { $activities } actividad
   *[other] { $activities } actividades
}, { $scores ->
    [one] { $scores } puntuación
   *[other] { $scores } puntuaciones
})
cli-psfs-saved = Puntuaciones de actividad (PSFS) del { $date } guardadas: { $count } { $count ->
    [one] actividad
   *[other] actividades
}.
cli-warning-signs-saved = Señales de alarma del { $date } guardadas:
cli-demo-caseload-written = Lista de pacientes de ejemplo con { $count } paquetes de exportación (uno de ellos dañado) escrita en { $dir }. Revísela con: rehab-tracker review { $dir }
cli-demo-journal-written = Diario de ejemplo de { $weeks } semanas escrito en { $dir }: { $sessions ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
}, { $diary ->
    [one] { $diary } entrada del diario
   *[other] { $diary } entradas del diario
}, { $events ->
    [one] { $events } evento
   *[other] { $events } eventos
}.

## `status`: where the diary stands against the plan.

cli-status-unreadable = { $problems } El estado necesita todos los archivos del diario, así que no se muestra.
cli-status-no-profile = no hay perfil en { $dir }: ejecute primero `rehab-tracker init --start YYYY-MM-DD --affected-side left|right`
cli-status-on = Estado a { $date }: { $status }
cli-status-not-started = El programa aún no ha empezado (punto de decisión: final de la semana { $decision_week }, { $decision_date }).
cli-status-week-of = Semana { $week } de { $decision_week } (punto de decisión: final de la semana { $decision_week }, { $decision_date }).
cli-status-week-past = Semana { $week } (el punto de decisión fue el final de la semana { $decision_week }, { $decision_date }).
cli-status-why = Por qué:
cli-status-thresholds-from = Estos umbrales son los de su profesional sanitario, tomados { $source ->
    [file] del archivo del programa (programme.ron):
   *[default] del programa predeterminado (aún no se ha guardado ningún archivo de programa):
}
cli-status-rule-baseline = - dolor inicial: la media del peor dolor de cada día durante los primeros { $days } días (al menos { $min } días registrados), o los { $days } días antes del inicio;
cli-status-rule-current = - dolor actual: la misma media durante los últimos { $days } días (al menos { $min } días registrados);
cli-status-rule-change = - el cambio acordado: al menos { $points } o un { $percent } menos de dolor; en las puntuaciones de actividad (PSFS), { $psfs } más;
cli-status-rule-sessions = - sesiones: al menos el { $percent } de las prescritas ({ $per_week } por semana, sin contar los días de reposo indicado ni de ausencia);
cli-status-rule-weeks = - revisión en la semana { $checkin }, punto de decisión al final de la semana { $decision };
cli-status-rule-worsening = - contacte con su profesional sanitario si el dolor medio semanal está { $points } o más por encima de su nivel inicial durante { $weeks } semanas seguidas.
cli-status-not-a-diagnosis = Esto es un resumen de su diario frente al plan que fijó su profesional sanitario. No es un diagnóstico ni sustituye a la atención sanitaria.

## `export`.

cli-export-reversed = --from es posterior a --to: indique primero el primer día
cli-export-no-data-folder = no hay ninguna carpeta de datos en { $dir }, así que no hay nada que exportar
cli-export-inside-data-folder = { $out } está dentro de la carpeta de datos { $dir }; escriba la exportación en otro lugar, para que nunca pueda sobrescribir sus datos
cli-export-unreadable = { $problem } No se exportó nada: una exportación sin ese archivo dejaría fuera parte del diario.
cli-export-empty = { $dir } aún no contiene ningún diario, así que no hay nada que exportar
cli-export-sheet-written = Hoja del programa escrita en { $out } ({ $bytes } bytes): ábrala en un navegador para imprimirla.
cli-export-written = Se exportaron { $sessions ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
}, { $diary ->
    [one] { $diary } entrada del diario
   *[other] { $diary } entradas del diario
}, { $events ->
    [one] { $events } evento
   *[other] { $events } eventos
} y { $psfs ->
    [one] { $psfs } puntuación PSFS
   *[other] { $psfs } puntuaciones PSFS
} a { $out } ({ $files ->
    [one] { $files } archivo
   *[other] { $files } archivos
}, { $bytes } bytes).
cli-export-pseudonymised = Seudonimizado: el paciente es { $patient } y se omitieron las notas.
cli-export-encrypted = Cifrado para { $who } ({ $key }): solo su identidad lo abre, en rehab-tracker review o con: age -d -i identity.txt { $out }
cli-export-checksum = Suma de comprobación (SHA-256): { $sum }. Compruébela con: rehab-tracker check { $out }
cli-export-nobody-pinned = todavía no hay ningún profesional fijado: eso ocurre al adoptar un programa firmado por su profesional. Indique en su lugar su clave pública (age1…) o el archivo recipient.txt que le dio
cli-export-pinned-key-unusable = la clave del profesional fijado no se puede usar: { $error }
cli-export-key-holder = el titular de esa clave
cli-export-key-file-holder = el titular de la clave de { $file }
cli-export-bad-recipient = --encrypt-to admite pinned, una clave pública que empiece por age1 o un archivo que contenga una; «{ $given }» no es nada de eso
cli-export-no-key-in-file = { $file } no contiene ninguna clave pública age (una línea que empiece por age1)

## `check`.

cli-check-set-aside = { $path } es un archivo dañado que la aplicación apartó al restaurar una copia buena anterior; se puede borrar cuando se compruebe que no falta nada.
cli-check-unreadable = No se pudo leer el archivo { $path }: { $error }.
cli-check-encrypted-no-identity = { $path } está cifrado (formato age), así que no se pudo comprobar su contenido: indique con --identity FILE el archivo de identidad del profesional para quien se hizo.
cli-check-encrypted-opened = { $path } está cifrado (formato age); se abrió con la identidad indicada y se comprobó su contenido.
cli-check-encrypted-failed = { $path } está cifrado (formato age) y no se pudo abrir: { $error }.
cli-check-tar = { $path } contiene un archivo tar de { $bytes } bytes (una exportación CSV): descomprímalo con tar -x para leer las tablas.
cli-check-programme-file = Un archivo de programa de un profesional, para el paciente { $patient }, escrito el { $written }; { $signed } y su programa es coherente.
cli-check-no-code = (sin código)
cli-check-unsigned = sin firmar (la aplicación no puede saber quién lo escribió); su suma de comprobación coincide
cli-check-signed = firmado por { $name } (clave de firma { $key }); la firma coincide
cli-check-programme-refused = El archivo de programa { $path } no se puede adoptar: { $error }.
cli-check-pinned-keys-unusable = El archivo { $path } fija un profesional cuyas claves no se pueden usar: { $error }.
cli-check-bundle-untrusted = El paquete de exportación { $path } no es fiable: { $error }.
cli-check-missing = { $path } no existe
cli-check-no-identity = { $error }. No se comprobó nada.
cli-check-counts = { $path }: { $files ->
    [one] { $files } archivo
   *[other] { $files } archivos
}, { $sessions ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
}, { $diary ->
    [one] { $diary } entrada del diario
   *[other] { $diary } entradas del diario
}, { $events ->
    [one] { $events } evento
   *[other] { $events } eventos
}.
cli-check-bundle = Paquete de exportación escrito por rehab-tracker { $version } el { $at }{ $pseudonymised ->
    [yes] , seudonimizado
   *[no] {""}
}; la suma de comprobación coincide (SHA-256 { $sum }).
cli-check-problem = Problema: { $problem }
cli-check-note = Nota: { $note }
cli-check-sound = Correcto.
cli-check-not-sound = No es correcto.
cli-check-problems-found = { $count ->
    [one] { $count } problema encontrado
   *[other] { $count } problemas encontrados
}

## `review --summary`: the clinician's caseload table.

cli-review-window-only = la ventana de revisión solo se abre desde la aplicación; añada --summary para mostrar la tabla
cli-review-nothing-named = indique al menos un paquete o una carpeta de paquetes que revisar
cli-review-no-identity = { $error }. No se abrió nada.
cli-review-failed = no se pudieron abrir { $failed } de { $total } archivos (listados arriba)
cli-review-col-patient = Paciente
cli-review-col-week = Semana
cli-review-col-status = Estado
cli-review-col-adherence = Adherencia
cli-review-col-improvement = Mejoría
cli-review-col-last-entry = Última entrada
cli-review-col-quiet-for = Sin entradas desde hace
cli-review-col-warning-signs = Señales de alarma
cli-review-col-file = Archivo
cli-review-none-due = ninguna prevista
cli-review-no-entry = ninguna
cli-review-days-without = { $days ->
    [one] { $days } día
   *[other] { $days } días
}{ $quiet ->
    [yes] {" "}(inactivo)
   *[no] {""}
}
cli-review-no-bundle = No se encontró ningún paquete.
cli-review-none-opened = { $count ->
    [one] No se pudo abrir ningún paquete: no se pudo leer el archivo de abajo.
   *[other] No se pudo abrir ningún paquete: no se pudieron leer los { $count } archivos de abajo.
}
cli-review-note = Nota sobre { $patient } ({ $file }): { $note }
cli-review-could-not-open = No se pudo abrir { $path }: { $reason }.
cli-review-needs-identity = Indíquela con --identity FILE.

## `remind`.

cli-remind-unreadable = { $problem } No se mostró ningún recordatorio; abra la aplicación para resolverlo.
cli-remind-nothing-due = Ahora no hay nada pendiente.
cli-remind-nothing-new = Ahora no hay nada nuevo pendiente: los recordatorios de hoy ya se mostraron.
cli-remind-shown = Mostrado: { $summary }
cli-remind-try-out = Esto fue una prueba (--at): no se anota como mostrado, así que el recordatorio llegará igualmente a su hora.
cli-remind-opened = Se abrió la aplicación.
cli-remind-not-noted = no se pudo anotar que el recordatorio se mostró: { $error }

## `clinician keygen`.

cli-keygen-made = Claves de { $name } creadas en { $dir }.
cli-keygen-secret = Secretas; guárdelas para usted y haga una copia de seguridad (solo usted puede leerlas):
cli-keygen-public = Públicas, para entregar:
cli-keygen-age-key = Clave pública de cifrado (age): { $key }
cli-keygen-signing-key = Clave pública de firma (minisign, identificador { $id }): { $key }
cli-keygen-done = Los programas que guarde en la ventana de revisión se firman con estas claves; las exportaciones de los pacientes cifradas para usted se abren con identity.txt.

## Los textos de --help.

cli-help-about = Diario privado y plan para un programa de fortalecimiento de cadera en casa
cli-help-data-dir = Usar esta carpeta de datos en lugar de la habitual (para pruebas e instalaciones portátiles)
cli-help-lang = Hablar este idioma (en, de, fr, es), sea cual sea el del escritorio o el de los ajustes
cli-help-demo-window = Abrir la ventana con un diario de ejemplo generado en una carpeta temporal; los datos reales nunca se tocan
cli-help-date = El día (YYYY-MM-DD); hoy si se omite
cli-help-note = Una nota
cli-help-init-about = Configurar el perfil: fecha de inicio, lado afectado, unidades
cli-help-init-start = El día en que empieza el programa (YYYY-MM-DD)
cli-help-init-affected-side = El lado que duele, o ambos (los ejercicios de un solo lado empiezan entonces por el izquierdo)
cli-help-init-units = Unidades de peso
cli-help-init-patient-code = Un código corto para dar a su fisioterapeuta en lugar de su nombre (se conserva si se omite)
cli-help-log-about = Anotar una entrada del diario, una sesión o un evento
cli-help-log-diary-about = Una entrada del diario: dolor ahora, dolor máximo en las últimas 24 horas, tolerancia a estar sentado
cli-help-log-diary-worst = Dolor máximo en las últimas 24 horas, 0-10
cli-help-log-diary-now = Dolor ahora, 0-10
cli-help-log-diary-sitting-mins = Minutos que puede estar sentado antes de que el dolor le obligue a moverse, 0-1440
cli-help-log-diary-day-state = Cómo fue el día
cli-help-log-session-about = Una sesión hecha según lo prescrito
cli-help-log-session-as-prescribed = Cada ejercicio hecho con su dosis prescrita
cli-help-log-session-pain-during = El dolor máximo durante la sesión, 0-10
cli-help-log-session-next-morning = Dolor a la mañana siguiente, 0-10
cli-help-log-event-about = Una inyección, una visita al profesional sanitario o un cambio de medicación
cli-help-log-event-kind = Qué ocurrió
cli-help-log-event-side = El lado, para una inyección
cli-help-log-psfs-about = Puntuaciones de actividad (PSFS): cada actividad que valora, de 0 (no puede hacerla) a 10 (como antes)
cli-help-log-psfs-activity = Una actividad, con sus palabras (hasta tres, cada una seguida de su --score)
cli-help-log-psfs-score = La puntuación de la actividad anterior, 0-10
cli-help-log-warning-sign-about = Señales de alarma que tiene ahora; indica qué hacer
cli-help-log-warning-sign-sign = Una señal de alarma que tiene (indique una o más): saddle-numbness, bladder-or-bowel, sexual-function, hot-swollen-joint, progressive-weakness, constant-night-pain, weight-loss-or-night-sweats, cancer-history
cli-help-demo-about = Escribir un diario de ejemplo generado en una carpeta nueva
cli-help-demo-weeks = Cuántas semanas generar (520 son diez años)
cli-help-demo-out = Una carpeta nueva (o vacía) donde escribir
cli-help-demo-seed = La semilla aleatoria: la misma semilla y la misma fecha final dan el mismo diario
cli-help-demo-end = El último día del diario (YYYY-MM-DD); hoy si se omite
cli-help-demo-caseload = En su lugar, escribir una cartera de pacientes de ejemplo para la ventana de revisión: paquetes de exportación de ocho pacientes, uno por estado, y un paquete dañado
cli-help-demo-every-kind = Anotar también un ejemplo de cada otro tipo de entrada (puntuaciones PSFS, un cambio de medicación, cambios de nivel, una señal de alarma con una nota y, al cabo de medio año, una inyección), para que cada parte de las exportaciones tenga algo que mostrar
cli-help-check-about = Comprobar una carpeta de datos o un archivo escrito por la aplicación (también un paquete de exportación); código de salida 0 si está bien, 1 si no
cli-help-check-path = Una carpeta de datos, o un archivo escrito por la aplicación
cli-help-check-json = Mostrar el resultado en JSON
cli-help-check-identity = El archivo de identidad del profesional (identity.txt de `clinician keygen`), para abrir una exportación cifrada (`.age`) y comprobar su contenido; sin él, un archivo cifrado se indica como no comprobado
cli-help-status-about = Cómo está el diario frente al plan fijado por el profesional sanitario, en un día dado. Solo lectura
cli-help-status-on = El día que se evalúa (YYYY-MM-DD); hoy si se omite
cli-help-status-json = Mostrar un único objeto JSON en lugar del resumen
cli-help-export-about = Exportar el diario para un fisioterapeuta: tablas CSV, un paquete o FHIR
cli-help-export-format = Qué escribir
cli-help-export-out = Dónde: una carpeta para CSV (se crea si falta), un archivo para los demás
cli-help-export-from = El primer día que se incluye (YYYY-MM-DD)
cli-help-export-to = El último día que se incluye (YYYY-MM-DD)
cli-help-export-pseudonymise = Sustituir el código de paciente por un seudónimo y omitir todas las notas de texto libre
cli-help-export-fhir-bundle = Para `--format fhir`: una `transaction` (por defecto: un servidor FHIR la carga en su URL base, y una segunda exportación actualiza los mismos recursos) o una `collection` (un archivo para leer o archivar)
cli-help-export-encrypt-to = Cifrar la exportación para que solo un profesional pueda abrirla: `pinned` (el profesional cuyo programa firmado adoptó), su clave pública (`age1…`) o un archivo que la contenga (el recipient.txt que le dio). La salida es un archivo age; una exportación CSV se convierte en un archivo tar cifrado
cli-help-review-about = Para profesionales: abrir en solo lectura los paquetes de exportación de los pacientes (archivos, o carpetas que los contienen). Abre la ventana de revisión, o con --summary muestra la tabla de pacientes
cli-help-review-paths = Paquetes, o carpetas que los contienen (cada archivo `.ron` directamente dentro)
cli-help-review-summary = Mostrar la tabla de pacientes en lugar de abrir la ventana; código de salida 1 si algún archivo no se pudo abrir (los demás se listan igualmente)
cli-help-review-json = Con --summary: mostrar un único objeto JSON (filas y fallos)
cli-help-review-identity = Su archivo de identidad (identity.txt de `clinician keygen`), para abrir las exportaciones cifradas para usted (archivos `.age`)
cli-help-clinician-about = Para profesionales: crear las claves que firman los programas y abren las exportaciones cifradas
cli-help-clinician-keygen-about = Crear un nuevo par de claves en una carpeta: una identidad secreta que abre las exportaciones cifradas para usted, una clave secreta que firma sus programas, y sus mitades públicas para repartir. Las claves existentes nunca se sobrescriben
cli-help-clinician-keygen-out = La carpeta donde escribir las claves (se crea si falta, legible solo por usted)
cli-help-clinician-keygen-name = El nombre que los pacientes ven en sus programas, por ejemplo "Juana Fisio, Clínica de cadera"
cli-help-remind-about = Mostrar los recordatorios pendientes ahora (entrenamiento, diario) en una sola notificación del escritorio; el temporizador de la aplicación ejecuta esto. Código de salida 1 si no se puede mostrar ninguna notificación
cli-help-remind-at = Decidir como si fuera esta hora local (YYYY-MM-DDTHH:MM), para ver qué tocaría. Una prueba: lo que muestra no se anota como mostrado, así que el recordatorio real seguirá llegando
cli-help-remind-print-only = Mostrar lo pendiente en lugar de una notificación (y no anotar nada como mostrado)
cli-help-remind-wait-for-click = Segundos de espera a un clic en la notificación, que abre la aplicación; 0 para salir en seguida
cli-help-heading-usage = Uso:
cli-help-heading-commands = Comandos
cli-help-heading-arguments = Argumentos
cli-help-heading-options = Opciones
cli-help-help = Mostrar la ayuda
cli-help-help-short = Mostrar la ayuda (más con '--help')
cli-help-help-long = Mostrar la ayuda (un resumen con '-h')
cli-help-version = Mostrar la versión
cli-help-help-command = Mostrar este mensaje o la ayuda de los comandos indicados
cli-help-value-left-hip = La cadera izquierda
cli-help-value-right-hip = La cadera derecha
cli-help-value-both-hips = Ambas caderas
cli-help-value-kg = Kilogramos
cli-help-value-lb = Libras
cli-help-value-normal = Un día normal
cli-help-value-flare = Un brote de dolor
cli-help-value-rest-advised = Reposo aconsejado por el profesional sanitario
cli-help-value-away = Enfermo o fuera de casa
cli-help-value-injection = Una inyección
cli-help-value-clinician-visit = Una visita al profesional sanitario
cli-help-value-medication-change = Un cambio de medicación
cli-help-value-left = Izquierdo
cli-help-value-right = Derecho
cli-help-value-csv = Una carpeta de tablas CSV: sesiones, series, diario, eventos, PSFS
cli-help-value-bundle = Un archivo RON con suma de verificación que lo contiene todo; `check` lo comprueba
cli-help-value-fhir = Un Bundle FHIR R4 (JSON) de Observations
cli-help-value-report = Un informe HTML de una página con gráficos, para leer o imprimir en A4
cli-help-value-sheet = La hoja del programa: la imagen, el nivel, la dosis y las indicaciones de cada ejercicio, en A4
cli-help-value-transaction = Cada entrada con su petición: PUT, con identificadores que no cambian
cli-help-value-collection = Solo los recursos
