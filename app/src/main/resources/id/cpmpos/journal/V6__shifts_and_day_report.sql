-- Who was at the counter. A cashier opens a shift with their name (optionally guarded by their own
-- PIN, kept as a salted hash like the supervisor's); at most one shift is open at a time.
CREATE TABLE cashiers (
  name       TEXT PRIMARY KEY,
  pin_hash   TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE shifts (
  id         INTEGER PRIMARY KEY,
  cashier    TEXT NOT NULL REFERENCES cashiers(name),
  opened_at  TEXT NOT NULL,
  closed_at  TEXT
);
CREATE UNIQUE INDEX shifts_one_open ON shifts((closed_at IS NULL)) WHERE closed_at IS NULL;

-- Every payment, cancel and refund records the shift open when it was asked for. The triggers do it
-- rather than the writers, so a sale rung up by any process on this journal (the GUI, a "pay" from
-- the CLI) is attributed the same way, inside the same statement and therefore inside the same
-- transaction as the row and its audit entry (the entry is taken after the statement).
ALTER TABLE payments ADD COLUMN shift_id INTEGER REFERENCES shifts(id);
ALTER TABLE cancels ADD COLUMN shift_id INTEGER REFERENCES shifts(id);
ALTER TABLE refunds ADD COLUMN shift_id INTEGER REFERENCES shifts(id);
CREATE TRIGGER payments_shift AFTER INSERT ON payments WHEN NEW.shift_id IS NULL BEGIN UPDATE payments SET shift_id = (SELECT id FROM shifts WHERE closed_at IS NULL) WHERE id = NEW.id; END;
CREATE TRIGGER cancels_shift AFTER INSERT ON cancels WHEN NEW.shift_id IS NULL BEGIN UPDATE cancels SET shift_id = (SELECT id FROM shifts WHERE closed_at IS NULL) WHERE id = NEW.id; END;
CREATE TRIGGER refunds_shift AFTER INSERT ON refunds WHEN NEW.shift_id IS NULL BEGIN UPDATE refunds SET shift_id = (SELECT id FROM shifts WHERE closed_at IS NULL) WHERE id = NEW.id; END;

-- When the provider's approval was recorded: the end-of-day report counts a sale on the day it was
-- paid, whatever happened to it later (a cancel or refund is counted on its own day). Set once, by
-- the transition that records payment, in the same statement. A payment cancelled while its outcome
-- was unknown was never seen paid here and has none: its cancel moved no money this terminal booked.
ALTER TABLE payments ADD COLUMN paid_at TEXT;
UPDATE payments SET paid_at = updated_at WHERE state = 'APPROVED';
UPDATE payments SET paid_at = created_at WHERE state = 'REFUNDED' OR (state = 'CANCELLED' AND reference_no IS NOT NULL);
CREATE TRIGGER payments_paid_at AFTER UPDATE OF state ON payments WHEN NEW.paid_at IS NULL AND (NEW.state IN ('APPROVED', 'REFUNDED') OR (NEW.state = 'CANCELLED' AND OLD.state = 'APPROVED')) BEGIN UPDATE payments SET paid_at = NEW.updated_at WHERE id = NEW.id; END;

-- Search and the day report over a year of a busy counter (about a million payments): by day, by
-- state within a day (replaces the state-only index, which made the planner read every declined
-- payment of the year to find one day's), by amount, by shift; cancels and refunds by the day they
-- succeeded (replacing their state-only indexes too).
DROP INDEX payments_state;
DROP INDEX cancels_state;
DROP INDEX refunds_state;
CREATE INDEX payments_created ON payments(created_at);
CREATE INDEX payments_state_created ON payments(state, created_at);
CREATE INDEX payments_paid ON payments(paid_at) WHERE paid_at IS NOT NULL;
CREATE INDEX payments_amount ON payments(amount, created_at);
CREATE INDEX payments_shift ON payments(shift_id);
CREATE INDEX cancels_updated ON cancels(state, updated_at);
CREATE INDEX refunds_updated ON refunds(state, updated_at);

-- A fragment of either reference, anywhere in it: a trigram full-text index over both references
-- (the rows stay in payments; this holds only the index). Without it, every search by fragment reads
-- the whole table. Kept in step by triggers; a reference given by the provider later is re-indexed.
CREATE VIRTUAL TABLE payment_refs USING fts5(partner_reference_no, reference_no, content='payments', content_rowid='id', tokenize='trigram');
INSERT INTO payment_refs(payment_refs) VALUES ('rebuild');
CREATE TRIGGER payment_refs_insert AFTER INSERT ON payments BEGIN INSERT INTO payment_refs (rowid, partner_reference_no, reference_no) VALUES (NEW.id, NEW.partner_reference_no, NEW.reference_no); END;
CREATE TRIGGER payment_refs_update AFTER UPDATE OF partner_reference_no, reference_no ON payments WHEN OLD.reference_no IS NOT NEW.reference_no OR OLD.partner_reference_no IS NOT NEW.partner_reference_no BEGIN INSERT INTO payment_refs (payment_refs, rowid, partner_reference_no, reference_no) VALUES ('delete', OLD.id, OLD.partner_reference_no, OLD.reference_no); INSERT INTO payment_refs (rowid, partner_reference_no, reference_no) VALUES (NEW.id, NEW.partner_reference_no, NEW.reference_no); END;
CREATE TRIGGER payment_refs_delete AFTER DELETE ON payments BEGIN INSERT INTO payment_refs (payment_refs, rowid, partner_reference_no, reference_no) VALUES ('delete', OLD.id, OLD.partner_reference_no, OLD.reference_no); END;
