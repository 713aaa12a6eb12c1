### The History tab.
### Every id here starts with "history-". French.

