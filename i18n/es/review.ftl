### The clinician's review window, programme editor and keys.
### Every id here starts with "review-". Spanish.

