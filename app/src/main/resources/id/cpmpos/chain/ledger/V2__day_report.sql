-- What the chain report needs, as the terminal's own end-of-day report counts it: a sale on the day
-- it was paid (paid_at, set by the terminal), a cancel or refund on the day it succeeded, each with
-- the shift and cashier it was asked under. Days are the terminal's own (the date part of the local
-- time it wrote), so a chain spanning time zones reports each counter's day as the counter does.
ALTER TABLE payments ADD COLUMN paid_at timestamptz;
ALTER TABLE payments ADD COLUMN paid_day date;
ALTER TABLE payments ADD COLUMN shift_id bigint;
ALTER TABLE cancels ADD COLUMN updated_day date;
ALTER TABLE cancels ADD COLUMN shift_id bigint;
ALTER TABLE refunds ADD COLUMN updated_day date;
ALTER TABLE refunds ADD COLUMN shift_id bigint;

-- Rows pushed before this migration: from the snapshot of the entry that set them.
UPDATE payments p SET paid_at = (a.snapshot::jsonb ->> 'paid_at')::timestamptz,
    paid_day = substr(a.snapshot::jsonb ->> 'paid_at', 1, 10)::date,
    shift_id = (a.snapshot::jsonb ->> 'shift_id')::bigint
  FROM audit_entries a WHERE a.terminal_id = p.terminal_id AND a.seq = p.audit_seq AND a.snapshot IS NOT NULL;
UPDATE cancels c SET updated_day = substr(a.snapshot::jsonb ->> 'updated_at', 1, 10)::date,
    shift_id = (a.snapshot::jsonb ->> 'shift_id')::bigint
  FROM audit_entries a WHERE a.terminal_id = c.terminal_id AND a.seq = c.audit_seq AND a.snapshot IS NOT NULL;
UPDATE refunds r SET updated_day = substr(a.snapshot::jsonb ->> 'updated_at', 1, 10)::date,
    shift_id = (a.snapshot::jsonb ->> 'shift_id')::bigint
  FROM audit_entries a WHERE a.terminal_id = r.terminal_id AND a.seq = r.audit_seq AND a.snapshot IS NOT NULL;
ALTER TABLE cancels ALTER COLUMN updated_day SET NOT NULL;
ALTER TABLE refunds ALTER COLUMN updated_day SET NOT NULL;

-- Each terminal's shifts (who was at the counter), from their newest entry, like the other rows.
CREATE TABLE shifts (
  terminal_id text        NOT NULL,
  id          bigint      NOT NULL,
  cashier     text        NOT NULL,
  opened_at   timestamptz NOT NULL,
  closed_at   timestamptz,
  audit_seq   bigint      NOT NULL,
  PRIMARY KEY (terminal_id, id)
);
INSERT INTO shifts (terminal_id, id, cashier, opened_at, closed_at, audit_seq)
  SELECT DISTINCT ON (terminal_id, entity_key) terminal_id, entity_key::bigint, snapshot::jsonb ->> 'cashier',
      (snapshot::jsonb ->> 'opened_at')::timestamptz, (snapshot::jsonb ->> 'closed_at')::timestamptz, seq
    FROM audit_entries WHERE entity = 'shifts' AND snapshot IS NOT NULL
    ORDER BY terminal_id, entity_key, seq DESC;

CREATE INDEX payments_paid_day ON payments (paid_day, terminal_id) WHERE paid_day IS NOT NULL;
CREATE INDEX cancels_updated_day ON cancels (updated_day, terminal_id) WHERE state = 'SUCCEEDED';
CREATE INDEX refunds_updated_day ON refunds (updated_day, terminal_id) WHERE state = 'SUCCEEDED';
