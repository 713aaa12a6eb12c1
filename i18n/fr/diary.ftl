### The Diary tab.
### Every id here starts with "diary-". French.

