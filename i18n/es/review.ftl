### The clinician's review window, programme editor and keys.
### Every id here starts with "review-". Spanish.

## Voice: the clinician, addressed as "usted"; clinical and concise.

## The window

review-window-name = Rehab tracker: revisión

## The caseload (the first screen)

review-caseload-heading = Revisar las exportaciones de los pacientes
review-caseload-intro = Abra una carpeta de paquetes exportados (o varios archivos, uno por línea). Solo se leen: no se escribe nada en ellos.
review-caseload-picker-title = Elegir una carpeta de exportaciones
review-caseload-path = Paquetes o carpeta para revisar
review-open = Abrir para revisar
review-open-nothing = Indique una carpeta o un archivo para abrir.
review-stop = Detener
review-task-reading = la lectura de los archivos
review-load-progress = { $total ->
    [one] Leído { $done_text } de { $total_text } archivo
   *[other] Leídos { $done_text } de { $total_text } archivos
}
review-load-stopped = { $total ->
    [one] Detenido: se leyó { $done_text } de { $total_text } archivo; abra la carpeta de nuevo para leerlo.
   *[other] Detenido: se leyeron { $done_text } de { $total_text } archivos; abra la carpeta de nuevo para leerlos todos.
}
review-identity-unusable = No se pudo usar su archivo de identidad, así que no se abrieron las exportaciones cifradas: { $error }.
review-caseload-summary = { $patients ->
    [one] { $patients_text } paciente
   *[other] { $patients_text } pacientes
}; { $attention ->
    [one] { $attention_text } requiere atención
   *[other] { $attention_text } requieren atención
} (señales de alarma, más dolor, un diario que se ha quedado en silencio o una decisión pendiente).
review-find = Buscar
review-find-hint = código de paciente, estado o archivo
review-find-name = Filtrar pacientes
review-only-attention = Solo los que requieren atención

## Files that could not be opened

review-failures = { $count ->
    [one] No se pudo abrir { $count_text } archivo. Los demás aparecen abajo; pida a este paciente una nueva exportación.
   *[other] No se pudieron abrir { $count_text } archivos. Los demás aparecen abajo; pida a estos pacientes una nueva exportación.
}
review-failure = { $file }: { $reason }.
review-failure-needs-identity = { $file }: { $reason }. Elija su archivo de identidad en «Sus claves».
review-failure-details = Detalles

## The caseload's table

review-column-patient = Paciente
review-column-week = Semana
review-column-status = Estado
review-column-adherence = Adherencia
review-column-improvement = Mejoría
review-column-last-entry = Última entrada
review-column-warning-signs = Señales de alarma
review-column-file = Archivo
review-column-sorted = { $name } (ordenado)
review-column-reversed = { $name } (invertido)
review-column-sort-hint = Ordenar por esta columna; otra vez para invertir
review-column-sort-name = Ordenar por { $name }
review-open-patient-hint = Abrir este paciente
review-open-patient-name = Abrir paciente { $code }
review-adherence-none-due = ninguna prevista
review-improvement-hint = Puntos de dolor máximo por debajo del inicio; por encima de cero es mejor
review-quiet-hint = { $days ->
    [one] Nada registrado durante { $days_text } día hasta el { $date }; el programa considera { $quiet_text } como diario en silencio
   *[other] Nada registrado durante { $days_text } días hasta el { $date }; el programa considera { $quiet_text } como diario en silencio
}
review-warning-signs-none = ninguna

## One patient

review-back = Volver a todos los pacientes
review-patient-heading = Paciente { $code }
review-patient-as-of = a { $date } · solo lectura
review-opening = Abriendo…
review-task-opening = la apertura
review-open-failed = No se pudo abrir este archivo: { $reason }
review-file-changed = el archivo cambió desde que se leyó la lista; abra la carpeta de nuevo
review-tab-progress = Progreso
review-tab-history = Historial
review-tab-report = Informe
review-tab-programme = Ajustar el programa
review-no-report = Sin informe: { $error }

## Saving the patient's report

review-report-save-hint = Guárdelo como página web para imprimirlo o archivarlo:
review-report-picker-title = Guardar el informe
review-report-path = Ruta del archivo del informe
review-report-save = Guardar informe
review-task-saving-report = el guardado del informe
review-report-saved = Guardado { $path }.
review-report-not-saved = No se pudo guardar el informe: { $error }
review-file-name-missing = Indique el nombre del archivo que se va a escribir.

## The programme editor

review-editor-picker-title = Guardar el archivo del programa
review-editor-intro = Los cambios hechos aquí no se envían a ningún sitio: van a un archivo de programa que usted guarda y entrega al paciente, que ve cada cambio y lo acepta o no.
review-field-label = { $label }:
review-editor-plan = Plan
review-editor-name = Nombre del programa
review-editor-sessions = Sesiones por semana
review-editor-days = Días de entrenamiento
review-editor-exercises = Ejercicios
review-editor-column-exercise = Ejercicio
review-editor-column-on = Activo
review-editor-column-level = Nivel
review-editor-column-held = Fijado
review-editor-column-sets = Series
review-editor-column-each-set = Cada serie
review-editor-on-hint = Parte del plan
review-editor-on-name = { $name } activo
review-editor-level-name = { $name } nivel
review-editor-held-name = { $name } fijado en su nivel
review-editor-fewest-sets-name = { $name } mínimo de series
review-editor-most-sets-name = { $name } máximo de series
review-editor-fewest-reps-name = { $name } mínimo de repeticiones
review-editor-most-reps-name = { $name } máximo de repeticiones
review-editor-fewest-seconds-name = { $name } mínimo de segundos
review-editor-most-seconds-name = { $name } máximo de segundos
review-editor-level = { $number }: { $name }
review-editor-held-hint = Fijado en este nivel: no se ofrece subir
review-editor-fewest-sets = Mínimo de series
review-editor-most-sets = Máximo de series
review-editor-to = a
review-editor-reps = repeticiones
review-editor-seconds = segundos
review-editor-bands = Dolor durante y después del ejercicio (semáforo)
review-editor-safe-max = Dolor máximo durante el ejercicio que es verde
review-editor-acceptable-max = Dolor máximo durante el ejercicio que es ámbar
review-editor-morning-amber = Aumento del dolor a la mañana siguiente que es ámbar
review-editor-morning-red = Aumento del dolor a la mañana siguiente que es rojo
review-editor-usual-morning-days = Días de mañanas que forman el dolor matutino habitual
review-editor-usual-morning-min = Mínimo de puntuaciones matutinas para un dolor matutino habitual
review-editor-rule = Regla de escalada
review-editor-baseline-days = Días de los que se toma el dolor inicial
review-editor-baseline-min = Mínimo de entradas del diario para un dolor inicial
review-editor-current-days = Días de los que se toma el dolor actual
review-editor-current-min = Mínimo de entradas del diario para un dolor actual
review-editor-checkin-week = Semana de control
review-editor-decision-week = Semana de decisión
review-editor-important-points = Mejoría importante, puntos
review-editor-important-pct = Mejoría importante, % del inicio
review-editor-adherence-min = Mínimo de sesiones hechas para un ensayo justo, %
review-editor-psfs-important = Mejora importante en PSFS, puntos
review-editor-worsening-points = Dolor por encima del inicio que cuenta como peor, puntos
review-editor-worsening-weeks = Semanas seguidas de dolor peor
review-editor-quiet-days = Días sin entradas antes de que el diario cuente como en silencio
review-editor-problem = No se puede guardar: { $problem }.
review-editor-preview = Lo que verá el paciente
review-editor-no-changes = Aún no hay cambios.
review-editor-change = - { $change }
review-editor-days-mismatch = { $days ->
    [one] Nota: { $days_text } día de entrenamiento para { $sessions_text } sesiones por semana.
   *[other] Nota: { $days_text } días de entrenamiento para { $sessions_text } sesiones por semana.
}
review-editor-cannot-save = { $count ->
    [one] Aún no se puede guardar: hay una cosa que corregir, indicada en su campo.
   *[other] Aún no se puede guardar: hay { $count_text } cosas que corregir, cada una indicada en su campo.
}
review-editor-note = Una nota para el paciente
review-editor-note-name = Nota para el paciente
review-editor-file = Archivo de programa que se va a escribir
review-editor-file-name = Ruta del archivo de programa
review-editor-signed = Firmado con su clave en { $folder }, para que la aplicación del paciente sepa que es suyo.
review-editor-unsigned = Sin firmar: elija su archivo de identidad en «Sus claves» en la primera pantalla, para que la aplicación del paciente sepa que el archivo es suyo.
review-editor-save = Guardar archivo del programa
review-editor-save-sheet = Guardar la hoja del programa para imprimir
review-editor-save-sheet-hint = Una página web junto al archivo del programa: la imagen, el nivel, la dosis y las indicaciones de cada ejercicio, en una página A4
review-task-saving-sheet = el guardado de la hoja del programa
review-editor-sheet-saved = Guardado { $path }: ábralo en un navegador para imprimirlo.
review-task-saving = el guardado
review-editor-key-unusable = No se guardó: no se pudo usar su clave de firma. { $error }.
review-editor-saved-signed = Guardado { $path }, firmado por { $name }. Entregue este archivo al paciente.
review-editor-saved-unsigned = Guardado { $path } (sin firmar). Entregue este archivo al paciente.
review-could-not-save = No se pudo guardar { $path }: { $error }

## Your keys

review-keys-folder-title = Elegir una carpeta para sus claves nuevas
review-keys-identity-title = Elegir su archivo de identidad
review-keys-stopped = La creación de las claves se detuvo de forma inesperada.
review-keys-heading = Sus claves
review-keys-chosen = Las exportaciones cifradas para usted se abren con su archivo de identidad, { $path }. Los programas que guarde se firman con la clave de firma de la misma carpeta.
review-keys-none = Elija una vez su archivo de identidad (identity.txt) para abrir las exportaciones cifradas para usted y firmar los programas que envíe. La aplicación recuerda dónde está; nunca lo copia.
review-keys-identity = Su archivo de identidad
review-keys-identity-name = Archivo de identidad
review-keys-use = Usar este archivo de identidad
review-keys-make-intro = ¿Aún no tiene claves? Créelas una vez, mantenga la carpeta en privado y haga una copia de seguridad.
review-keys-your-name = Su nombre tal como lo ven los pacientes
review-keys-name-hint = Ana Fisio, Unidad de Cadera
review-keys-name-name = Nombre del profesional
review-keys-folder = Carpeta para las claves nuevas (no debe contener claves ya)
review-keys-folder-name = Carpeta para claves nuevas
review-keys-make = Crear mis claves
review-keys-identity-missing = Indique el nombre del archivo de identidad o elíjalo.
review-keys-folder-missing = Indique una carpeta para las claves.
review-keys-name-first = Indique primero su nombre: { $error }.
review-keys-made = Se crearon las claves de { $name } en { $folder }. Guarde identity.txt y signing.key para usted; recipient.txt y signing.pub se pueden entregar.
review-keys-not-made = No se creó ninguna clave: { $error }.
review-keys-not-started = No se pudo empezar a crear las claves: { $error }
