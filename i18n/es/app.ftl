### The window's shell: title, top bar, tabs and shared buttons.
### Every id here starts with "app-". Spanish.


app-title = Rehab tracker
app-sample-data = Datos de ejemplo
app-sample-data-tooltip = Un diario generado en una carpeta temporal. Sus propios datos no se tocan.
app-window-name = Rehab tracker: { $screen }
app-window-review = revisión
app-window-setup = configuración
app-window-guided = sesión guiada

app-command-today = Hoy
app-command-today-tooltip = Hoy: registrar la sesión de hoy
app-command-diary = Diario
app-command-diary-tooltip = Diario: su dolor y su día, una vez al día
app-command-history = Historial
app-command-history-tooltip = Historial: todas las entradas, las más recientes primero
app-command-progress = Progreso
app-command-progress-tooltip = Progreso: cómo va usted respecto a su plan
app-command-close-review = Cerrar la revisión
app-command-close-review-tooltip = Volver a su propio diario
app-command-warning-signs = Señales de alarma
app-command-warning-signs-tooltip = Cuándo pedir ayuda rápidamente
app-command-help = Ayuda
app-command-help-tooltip = Ayuda: qué es esta aplicación, dónde se guardan sus datos, atajos de teclado
app-command-settings = Ajustes
app-command-settings-tooltip = Recordatorios para sus días de entrenamiento y su diario; colores claros u oscuros
app-command-export = Exportar…
app-command-export-tooltip = Escribir un informe o sus datos para su fisioterapeuta
app-command-import-programme = Programa de su profesional sanitario…
app-command-import-programme-tooltip = Abrir un archivo de programa que su profesional sanitario guardó para usted
app-command-open-review = Abrir para revisar…
app-command-open-review-tooltip = Para profesionales: abrir las exportaciones de pacientes, solo lectura
app-command-dark-theme = Tema oscuro
app-command-dark-theme-tooltip = Cambiar a colores oscuros
app-command-light-theme = Tema claro
app-command-light-theme-tooltip = Cambiar a colores claros
app-command-undo = Deshacer
app-command-undo-tooltip = Deshacer el último cambio
app-command-redo = Rehacer
app-command-redo-tooltip = Volver a hacer lo que se deshizo
app-command-start-session = Empezar la sesión
app-command-start-session-tooltip = Le guía por la sesión de hoy ejercicio a ejercicio, con letra grande para leer desde la esterilla
app-command-close-window = Cerrar
app-command-close-window-tooltip = Cerrar la ventana abierta sobre la aplicación
app-command-zoom-in = Texto más grande
app-command-zoom-in-tooltip = Texto más grande
app-command-zoom-out = Texto más pequeño
app-command-zoom-out-tooltip = Texto más pequeño
app-command-zoom-reset = Tamaño de texto normal
app-command-zoom-reset-tooltip = Devolver el texto a su tamaño normal

app-keys-or = { $keys } o { $key }
app-with-keys = { $what } ({ $keys })

app-menu-clinician = Profesional
app-more = Más
app-more-tooltip = Ayuda, exportar, ajustes, el menú del profesional y los colores

app-not-saved = No guardado: { $reason }
app-undo-what = Deshacer: { $what }
app-undo-last = Deshacer el último cambio
app-redo-what = Rehacer: { $what }
app-redo-last = Volver a hacer lo que se deshizo
app-all-saved = Todas las entradas guardadas
app-saving = Guardando…
app-not-saved-yet = Aún no guardado: { $error }. Sus entradas se conservan mientras la aplicación esté abierta, y volverá a intentarlo.
app-try-again = Reintentar ahora
app-read-only-status = Solo lectura: no se está guardando nada
app-done = Hecho: { $what }.
app-done-not-saved = { $done } No guardado: { $reason }
app-nothing-to-undo = Nada que deshacer.
app-nothing-to-redo = Nada que rehacer.
app-undone = Deshecho: { $what }.
app-done-again = Rehecho: { $what }.

app-close-title = ¿Cerrar la aplicación?
app-close-lost = { $unsaved } Se perderá si la aplicación se cierra ahora.
app-close-go-back = Volver a ello
app-close-without = Cerrar sin guardarlo
app-could-not-start-saving = La aplicación no pudo empezar a guardar: { $error }
app-part-unreadable = No se pudo leer una parte de su diario ({ $error }). No se guardará nada hasta que se vuelva a abrir la aplicación.
app-repaired-title = Se reparó un archivo dañado
app-got-it = Entendido
app-read-only-title = La aplicación está abierta en solo lectura
app-read-only-body = No se guardará nada hasta que esto se resuelva, y no se ha cambiado ni borrado ningún archivo. Sus datos están en la carpeta { $folder }. Cierre la aplicación, resuelva lo que se indica arriba (o muestre este mensaje a su fisioterapeuta o a quien le ayude con el ordenador) y vuelva a abrir la aplicación.
app-opening-months = { $count ->
    [one] Abriendo su diario: queda { $count_text } mes por leer…
   *[other] Abriendo su diario: quedan { $count_text } meses por leer…
}
app-working-out-progress = Calculando su progreso…

app-scale-name = { $name } (0 a 10)
app-scale-keys = Una tecla numérica fija el valor, las flechas lo mueven, Intro pasa al siguiente.
app-scale-keys-not-given = Aún sin indicar. Una tecla numérica fija el valor, las flechas lo mueven, Intro pasa al siguiente.
app-scale-segment = { $name }: { $value }
app-scale-low = 0 = { $low }
app-scale-high = 10 = { $high }
app-pain-low = sin dolor
app-pain-high = el peor dolor imaginable
app-score-low = no puedo hacerlo
app-score-high = tan bien como antes del problema
app-light-provisional = { $light } (provisional)
app-light-tooltip = { $light }: { $meaning }
app-pictures-still = Mantener quietas las imágenes de los ejercicios
app-pictures-still-tooltip = Mostrar las posiciones inicial y final sin movimiento

## Key names in keyboard shortcuts ("Ctrl+Shift+Z"), as the keyboard of this language labels them.

app-key-ctrl = Ctrl
app-key-alt = Alt
app-key-shift = Mayús
app-key-plus = Más
app-key-minus = Menos
app-key-equals = Igual
app-key-escape = Esc
