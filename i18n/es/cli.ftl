### The command line's output and errors.
### Every id here starts with "cli-". Spanish.

cli-event-saved = Guardado: { $event } el { $date }.
cli-lang-help = Usar este idioma (en, de, fr, es); si no, el del escritorio
