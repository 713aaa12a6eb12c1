### The core: analysis findings, the record, storage and hand-off messages.
### Every id here starts with "core-". German.

## Voice: plain words a patient understands.

core-load-kg = { $kg ->
    [one] { $kg_text } kg
   *[other] { $kg_text } kg
}
