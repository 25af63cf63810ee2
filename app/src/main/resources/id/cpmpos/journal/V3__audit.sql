-- Tamper evidence: every change to an audited row appends the row's full content after the change
-- (canonical JSON, columns sorted by name) in the same transaction. Each entry holds the previous
-- entry's hash; its own hash is SHA-256 over that and its fields, so an entry edited, deleted or
-- inserted by hand breaks the chain, and a row edited by hand no longer matches its latest entry.
-- Rows already in the journal are adopted by the migration (action ADOPT).
CREATE TABLE audit_log (
  seq        INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  entity     TEXT NOT NULL,
  entity_key TEXT NOT NULL,
  action     TEXT NOT NULL,
  snapshot   TEXT NOT NULL,
  prev_hash  TEXT NOT NULL,
  hash       TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_key, seq);
