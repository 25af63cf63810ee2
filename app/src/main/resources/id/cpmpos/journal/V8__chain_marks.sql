-- How far this terminal's journal has been replicated to the chain ledger (PostgreSQL): the last
-- audit entry the ledger confirmed. Operational, like calls: not audited. Pushing again from an
-- older mark is harmless (the ledger ignores what it already holds), so the mark is written after
-- the ledger's commit and a crash between the two only repeats a batch.
CREATE TABLE chain_marks (
  name TEXT PRIMARY KEY,
  seq  INTEGER NOT NULL,
  at   TEXT NOT NULL
);
