### The command line's output and errors.
### Every id here starts with "cli-". English.

# After logging an event. $event: what happened; $date: the day, written out.
cli-event-saved = Saved: { $event } on { $date }.
# The --lang option's help.
cli-lang-help = Speak this language (en, de, fr, es); otherwise the desktop's
