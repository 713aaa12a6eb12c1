### The window's shell: title, top bar, tabs and shared buttons.
### Every id here starts with "app-". French.

