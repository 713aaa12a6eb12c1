### Desktop notifications, the desktop entry and the metainfo.
### Every id here starts with "desktop-". Spanish.


## The desktop entry and the software centre's page.

desktop-entry-name = Rehab tracker
desktop-entry-generic-name = Diario de ejercicio y dolor
desktop-entry-comment = Registre sus sesiones de fortalecimiento de cadera y su dolor, y vea cómo va su programa
desktop-entry-keywords = fisioterapia;ejercicio;dolor;diario;cadera;
desktop-metainfo-summary = Un diario privado y un plan para un programa de fortalecimiento de cadera en casa

## Reminder notifications.

desktop-reminder-both-title = Sus ejercicios y su diario
desktop-reminder-both-training = Hoy es día de entrenamiento: registre su sesión cuando la haya hecho.
desktop-reminder-both-diary = Y un minuto para el diario de hoy: ¿cómo ha estado su dolor?
desktop-notify-open-app = Abrir Rehab tracker
desktop-notify-no-server = no se pudo mostrar ninguna notificación: { $reason }. Los recordatorios necesitan un escritorio que muestre notificaciones
desktop-notify-no-answer = no se pudo mostrar ninguna notificación: el servicio de notificaciones no respondió en { $seconds } segundos
desktop-notify-unsupported = las notificaciones de escritorio no están disponibles en este sistema en esta versión
desktop-notify-thread-stopped = el hilo de notificaciones se detuvo
desktop-notify-no-session = no hay ninguna sesión de escritorio donde mostrarla
desktop-notify-nothing-shows = nada en este escritorio muestra notificaciones

## Reminders while the app is closed.

desktop-reminders-set-up = Los recordatorios están configurados: llegan a su hora aunque la aplicación esté cerrada.
desktop-reminders-at-login = No se pudo hacer que los recordatorios llegaran a su hora: el servicio de temporizadores de este ordenador no los aceptó. Por ahora solo llegan al iniciar sesión. Vuelva a guardarlos más tarde; si sigue igual, enseñe los detalles a quien le ayude con el ordenador.
desktop-reminders-removed = No llegará ningún recordatorio.
desktop-place-temporary = una carpeta temporal
desktop-place-built = la carpeta donde se compiló el programa
desktop-place-unpacked = la carpeta donde se descomprimió la descarga
desktop-program-passing = esta copia de la aplicación se ejecuta desde { $folder }, { $place }, que puede moverse o borrarse, y entonces los recordatorios dejarían de llegar sin aviso. Instale la aplicación (su README y el INSTALL.txt de la descarga explican cómo) y active los recordatorios desde la copia instalada
desktop-timer-program-gone = El temporizador de los recordatorios ejecuta { $program }, que ya no existe, así que no llegan recordatorios mientras la aplicación está cerrada. Abra la aplicación instalada y vuelva a guardar los recordatorios en Ajustes, o desactívelos allí.
desktop-timer-not-switched-on = no se pudo activar el temporizador ({ $why })
desktop-systemctl-failed = systemctl --user { $args } falló
desktop-systemctl-said = systemctl --user { $args } respondió: { $said }
desktop-could-not-remove = No se pudo eliminar { $path }: { $error }
desktop-program-missing = { $program } no está instalado
desktop-program-not-started = no se pudo iniciar { $program } ({ $error })
desktop-program-no-answer = { $program } no respondió en { $seconds } segundos
desktop-program-not-waited-for = no se pudo esperar a { $program } ({ $error })

## The chime at the end of a rest.

desktop-sound-none-found = No se encontró ningún reproductor de sonido en este ordenador (pw-play, paplay o aplay), así que el final de un descanso se muestra pero no se oye.
desktop-sound-player-failed = El reproductor de sonido ({ $players }) no pudo reproducir el aviso, así que el final de un descanso se muestra pero no se oye. Compruebe que el sonido funciona en este ordenador.
desktop-sound-not-written = No se pudo escribir el aviso en { $folder } ({ $error }), así que el final de un descanso se muestra pero no se oye.

## The login entry.

desktop-autostart-name = Recordatorios de Rehab tracker
desktop-autostart-comment = Muestra al iniciar sesión los recordatorios de ejercicios y de diario pendientes
