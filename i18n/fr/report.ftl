### The clinician's report page.
### Every id here starts with "report-". French.

