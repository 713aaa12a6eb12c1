### The command line's output and errors.
### Every id here starts with "cli-". German.

cli-event-saved = Gespeichert: { $event } am { $date }.
cli-lang-help = In dieser Sprache antworten (en, de, fr, es); sonst in der des Desktops
