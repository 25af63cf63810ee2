-- Wrong supervisor PINs, by time: after too many in a short while the PIN is locked for a while,
-- whichever process (GUI or CLI) they came through. Operational: not audited.
CREATE TABLE pin_failures (
  id    INTEGER PRIMARY KEY,
  at_ms INTEGER NOT NULL
);
