### The Today tab: the session and its sets.
### Every id here starts with "today-". French.

