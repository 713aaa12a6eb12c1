### The command line's output and errors.
### Every id here starts with "cli-". French.

cli-event-saved = Enregistré : { $event } le { $date }.
cli-lang-help = Parler cette langue (en, de, fr, es) ; sinon celle du bureau
