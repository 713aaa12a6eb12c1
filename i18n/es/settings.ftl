### Settings, setup, about, export, import, warning signs, next morning.
### Every id here starts with "settings-". Spanish.

settings-language = Idioma
settings-language-follow = Como el escritorio
settings-language-hint = Los textos cambian al momento. Los informes para su fisioterapeuta se escriben en su idioma.

settings-title = Ajustes
settings-reminders = Recordatorios
settings-reminders-intro = La aplicación puede recordárselo con un mensaje en la pantalla, incluso cuando está cerrada. Cada recordatorio está desactivado hasta que usted lo active.
settings-remind-training = Recordármelo los días de entrenamiento
settings-training-reminder = Recordatorio de entrenamiento
settings-remind-diary = Recordarme por la tarde que escriba mi diario
settings-diary-reminder = Recordatorio del diario
settings-what-will-happen = Qué pasará
settings-sample-no-reminders = Este es el diario de ejemplo: guardar aquí no programa ningún recordatorio en este ordenador.
settings-save-reminders = Guardar recordatorios
settings-put-back = Volver a lo guardado
settings-not-saved-yet = Aún no guardado
settings-setting-up-reminders = Programando los recordatorios…
settings-reminders-not-set-up = Su elección está guardada, pero no se pudieron programar los recordatorios: { $reason }.
settings-details = Detalles
settings-reminder-at = a las
settings-reminder-time = { $reminder }: hora
settings-hour-earlier = − 1 h
settings-hour-earlier-name = 1 hora antes
settings-quarter-earlier = − 15 min
settings-quarter-earlier-name = 15 minutos antes
settings-quarter-later = + 15 min
settings-quarter-later-name = 15 minutos después
settings-hour-later = + 1 h
settings-hour-later-name = 1 hora después
settings-step-name = { $reminder }: { $step }
settings-sound = Sonido
settings-sound-play = Reproducir un sonido cuando termine un descanso o una sujeción
settings-sound-hint = Un breve timbre, para que oiga el final de un descanso sin mirar la pantalla. Suena al volumen de su ordenador; el cambio es inmediato.
settings-colours = Colores
settings-colours-hint = El cambio es inmediato. «Como el escritorio» sigue el ajuste claro u oscuro de su ordenador.
settings-exercise-pictures = Imágenes de los ejercicios
settings-colours-follow = Como el escritorio
settings-colours-light = Claro
settings-colours-dark = Oscuro

settings-what-it-is = Esta aplicación es un diario y un plan. Contiene el programa de ejercicios que fijó su fisioterapeuta, le ayuda a registrar sus sesiones y su dolor, y les muestra a usted y a su profesional sanitario cómo van las cosas respecto a las cifras que este eligió.
settings-what-it-is-not = No es un diagnóstico y no sustituye la atención sanitaria. Nunca decide un tratamiento por usted: cuando el plan indica que es momento de hablar de los siguientes pasos, le muestra lo que refleja su registro para que pueda hablarlo con su profesional sanitario.

settings-about-title = Ayuda e información
settings-version = Versión { $version }
settings-your-data = Sus datos
settings-data-stays = Todo se queda en este ordenador. No se envía nada a ninguna parte.
settings-sample-journal = Esta ventana muestra un diario de ejemplo generado en una carpeta temporal; se borra cuando se cierra la aplicación.
settings-data-folder = Carpeta de datos: { $folder }
settings-keyboard = Teclado
settings-keyboard-session = Una sesión completa con el teclado: abra Hoy ({ $keys }), escriba el dolor más fuerte que tuvo durante la sesión (un número de 0 a 10), pulse Intro para ir a «Todo hecho según lo prescrito» y otra vez Intro para registrarlo.
settings-key-tab = Tab / Mayús+Tab
settings-key-tab-does = Moverse entre los controles
settings-key-space = Espacio o Intro
settings-key-space-does = Pulsar el botón que tiene el foco
settings-key-digits = 0 a 9
settings-key-digits-does = En una fila de dolor: elegir ese número (1 y luego 0 para diez)
settings-key-arrows = Teclas de flecha
settings-key-arrows-does = Cambiar un número que tiene el foco
settings-key-enter = Intro
settings-key-enter-does = En una fila de dolor: pasar al siguiente control

settings-setup-welcome = Bienvenido/a
settings-setup-three-questions = Tres preguntas para preparar su plan
settings-setup-which-side = ¿Qué lado le duele?
settings-setup-left = Izquierdo
settings-setup-right = Derecho
settings-setup-both = Ambos lados
settings-setup-no-side = Elija qué lado le duele.
settings-setup-start-question = ¿Qué día empezó su programa? Hoy, si empieza hoy.
settings-setup-start-date = Fecha de inicio del programa
settings-setup-baseline-hint = Su diario de la primera semana fija su dolor inicial: las semanas siguientes se comparan con él.
settings-setup-units = Pesos en
settings-setup-kg = Kilogramos (kg)
settings-setup-lb = Libras (lb)
settings-setup-start = Empezar mi programa
settings-setup-start-in-future = La fecha de inicio no puede ser posterior a hoy.

settings-greeting-morning = Buenos días
settings-greeting-afternoon = Buenas tardes
settings-greeting-evening = Buenas noches
settings-greeting-hello = Hola

settings-another-copy-open = Hay otra copia de rehab-tracker abierta con la carpeta de datos { $folder }. Esta ventana muestra sus entradas pero no guardará; cierre la otra copia, luego cierre esta ventana y vuelva a abrir la aplicación para registrar aquí.
settings-lock-failed = { $error } Esta ventana muestra sus entradas pero no puede guardar.
settings-saving-stopped = el guardado ha dejado de funcionar; cierre la aplicación y vuelva a abrirla
settings-no-file-manager = Este ordenador no tiene ningún gestor de archivos configurado para abrir la carpeta { $folder }. La exportación está guardada allí: abra esa carpeta desde su gestor de archivos, o adjunte el archivo desde allí cuando escriba a su fisioterapeuta.
settings-no-program = Este ordenador no tiene ningún programa configurado para abrir { $file }. La exportación está guardada allí: ábrala desde su gestor de archivos, o envíela tal cual a su fisioterapeuta.
settings-task-reading = la lectura de su diario
settings-task-progress = el cálculo de su progreso
settings-task-reminders = la programación de los recordatorios
settings-file-task-dialog = el diálogo de archivos
settings-task-could-not-start = No se pudo iniciar { $what }: { $error }.
settings-task-stopped = Se detuvo inesperadamente: { $what }.
settings-file-choose = Elegir…
settings-file-choose-tooltip = Abrir el diálogo de archivos de este ordenador
settings-file-no-dialog = Aquí no hay diálogo de archivos disponible: escriba la ruta.

settings-preview-last-four-weeks = Últimas cuatro semanas
settings-preview-notes-since = Notas del paciente desde el { $date }
settings-preview-earlier-notes = { $count ->
    [one] { $count_text } nota anterior está en las exportaciones CSV y paquete.
   *[other] { $count_text } notas anteriores están en las exportaciones CSV y paquete.
}

settings-import-title = Programa de su profesional sanitario
settings-import-dialog-title = Abrir el programa de su profesional sanitario
settings-import-intro = Su profesional sanitario puede enviarle un programa ajustado como archivo. Ábralo aquí para ver qué cambia; no cambia nada a menos que usted lo adopte.
settings-import-file = Archivo del programa
settings-import-file-name = Archivo del programa que abrir
settings-import-open = Abrir
settings-import-taken-up = Su programa ha cambiado. Puede deshacerlo con Ctrl+Z.
settings-import-declined = Rechazado: su programa no ha cambiado.
settings-import-no-path = Indique el nombre del archivo del programa, o elíjalo.
settings-import-task-reading = la lectura del archivo
settings-import-unreadable = No se pudo leer { $file }: { $error }
settings-import-offer = «{ $programme }», guardado por su profesional sanitario el { $date }
settings-import-other-patient = Este archivo se hizo para el paciente { $patient }, no para usted. Consulte con su profesional sanitario antes de adoptarlo.
settings-import-confirm-for-me = Mi profesional sanitario me dijo que este programa es para mí
settings-import-note = Nota de su profesional sanitario: { $note }
settings-import-same = Es igual que el programa que tiene ahora: no hay nada que adoptar.
settings-import-changes = Qué cambia:
settings-import-applies-from-today = Si lo adopta, se aplica desde hoy. Sus días anteriores se siguen valorando según el programa que tenía entonces.
settings-import-take-up = Adoptar este programa
settings-import-nothing-to-take-up = Nada que adoptar
settings-import-tick-first = Marque primero que su profesional sanitario le dijo que este programa es para usted
settings-import-decline = Rechazar
settings-import-decline-tooltip = Mantener su programa como está
settings-import-signed-by = Firmado por { $clinician }.
settings-import-will-pin = Si lo adopta, la aplicación recordará a { $clinician } como su profesional sanitario: los programas posteriores deberán estar firmados por esta persona, y sus exportaciones podrán cifrarse para que solo ella pueda abrirlas.
settings-import-signed-same = Firmado por { $clinician }, su profesional sanitario: la firma coincide.
settings-import-other-clinician-title = No es de su profesional sanitario habitual
settings-import-other-clinician = Este programa está firmado por «{ $signer }», con una clave distinta de la de { $pinned }, el profesional cuyos programas adoptó antes. Puede que no venga de su profesional sanitario. Consulte con { $pinned } antes de adoptarlo.
settings-import-confirm-other = Lo he comprobado: adoptarlo y hacer de { $signer } mi profesional sanitario
settings-import-unsigned-title = Este programa no está firmado
settings-import-unsigned-pinned = Los programas de { $pinned } están firmados, y este no, así que la aplicación no puede saber quién lo escribió. Consulte con { $pinned } antes de adoptarlo.
settings-import-confirm-unsigned = Lo he comprobado con mi profesional sanitario: adoptarlo de todos modos
settings-import-unsigned = Este programa no está firmado, así que la aplicación no puede saber quién lo escribió.

settings-warning-intro = Si tiene alguno de estos signos ahora, márquelo y pulse Registrar: la aplicación lo guarda en su diario para que su profesional sanitario lo vea, y le muestra qué hacer.
settings-warning-record = Registrar lo que he marcado
settings-warning-saved = Lo que ha marcado se ha guardado en su diario, para que su profesional sanitario pueda verlo:
settings-warning-bullet = •  { $sign }
settings-warning-back = Volver a la lista
settings-warning-after-injection = Después de una inyección de corticoides
settings-warning-after-injection-text = El dolor puede aumentar durante hasta dos días, rara vez hasta una semana. Tómeselo con calma uno o dos días y luego vuelva a aumentar la actividad a lo largo de la semana. Contacte con la consulta durante la primera semana si la zona se hincha, se pone roja o caliente, o si tiene fiebre o se encuentra mal. Si tiene diabetes, su azúcar en sangre puede estar más alto durante hasta una semana.

settings-morning-title = ¿Cómo le sentó la sesión de ayer?
settings-morning-question = Ayer hizo sus ejercicios. ¿Cuánto dolor tenía al levantarse esta mañana?
settings-morning-hint = Así la aplicación sabe si la sesión de ayer se calmó durante la noche.
settings-morning-pain = Dolor esta mañana
settings-morning-save = Guardar el dolor de la mañana
settings-morning-not-now = Ahora no

settings-export-title = Exportar para su fisioterapeuta
settings-export-save-title = Guardar la exportación
settings-export-intro = Elija qué enviar. Todo se escribe en un archivo en este ordenador; no se envía nada a ninguna parte.
settings-export-pseudonymise = No incluir mi nombre ni mis notas (usar un código en su lugar)
settings-export-lock = Cifrarlo para que solo { $clinician } pueda abrirlo
settings-export-lock-tooltip = Cifrado con la clave de su profesional sanitario: si el archivo se pierde o se envía a la persona equivocada, nadie más puede leerlo.
settings-export-lock-later = Cuando adopte un programa firmado por su profesional sanitario, las exportaciones podrán cifrarse para que solo esa persona pueda abrirlas.
settings-export-from = Desde
settings-export-from-hint = el inicio
settings-export-from-name = Exportar desde la fecha
settings-export-to = hasta
settings-export-to-hint = hoy
settings-export-to-name = Exportar hasta la fecha
settings-export-not-a-date = «{ $text }» no es una fecha: escríbala como año-mes-día, por ejemplo 2026-11-24.
settings-export-reversed = El primer día es posterior al último.
settings-export-file = Archivo que escribir
settings-export-folder = Carpeta en la que escribir
settings-export-folder-several = Carpeta en la que escribir (cada exportación con su nombre habitual)
settings-export-path = Ruta de la exportación
settings-export-button = Exportar
settings-export-gathering = Reuniendo sus entradas…
settings-export-writing = Escribiendo…
settings-export-saving = Guardando el archivo…
settings-export-open-file = Abrir el archivo
settings-export-open-file-tooltip = Con el programa que usa su ordenador para este tipo de archivo
settings-export-open-folder = Abrir la carpeta
settings-export-opened-file = Se ha pedido a su ordenador que abra el archivo: { $path }.
settings-export-opened-folder = Se ha pedido a su ordenador que abra la carpeta: { $path }.
settings-export-opening = Abriendo…
settings-export-show-preview = Mostrar la vista previa del informe
settings-export-preparing-preview = Preparando la vista previa…
settings-export-no-preview = Sin vista previa: { $error }
settings-export-bad-key = No se puede usar la clave de su profesional sanitario ({ $error }). Desmarque el cifrado para exportar sin él.
settings-export-no-path = Indique el nombre del archivo que escribir.
settings-export-none-ticked = Marque al menos un tipo de exportación.
settings-export-task-preview = la vista previa
settings-export-task-export = la exportación
settings-export-task-open = la apertura de la exportación
settings-export-no-folder = No se pudo crear la carpeta { $folder }: { $error }
settings-export-saved-file = { $bytes ->
    [one] { $path } ({ $bytes_text } byte)
   *[other] { $path } ({ $bytes_text } bytes)
}
settings-export-failed = No se pudo exportar: { $error }
settings-export-failed-after = No se pudo exportar todo (ya guardado: { $saved }): { $error }
settings-export-saved = Guardado: { $saved }.
settings-export-saved-locked = Guardado: { $saved }. Cifrado: solo { $clinician } puede abrirlo.
