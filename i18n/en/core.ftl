### The core: analysis findings, the record, storage and hand-off messages.
### Every id here starts with "core-". English.

## Voice: plain words a patient understands.

# A load in kilograms. $kg: the raw number (plural form); $kg_text: it formatted.
core-load-kg = { $kg ->
    [one] { $kg_text } kg
   *[other] { $kg_text } kg
}
