### The core: analysis findings, the record, storage and hand-off messages.
### Every id here starts with "core-". French.

core-load-kg = { $kg ->
    [one] { $kg_text } kg
   *[other] { $kg_text } kg
}
