-- A cancel per payment: asked by a supervisor, or queued when a cashier abandons a payment whose
-- outcome is unknown (so that, if it went through, it is reversed).
CREATE TABLE cancels (
  id                   INTEGER PRIMARY KEY,
  partner_reference_no TEXT NOT NULL UNIQUE REFERENCES payments(partner_reference_no),
  reason               TEXT,
  requested_by         TEXT NOT NULL,
  state                TEXT NOT NULL,
  response_code        TEXT,
  response_message     TEXT,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL
);
CREATE INDEX cancels_state ON cancels(state);

-- Refunds, partial or full; partner_refund_no makes a retried refund the same refund at the provider.
CREATE TABLE refunds (
  id                   INTEGER PRIMARY KEY,
  partner_refund_no    TEXT NOT NULL UNIQUE,
  partner_reference_no TEXT NOT NULL REFERENCES payments(partner_reference_no),
  refund_no            TEXT,
  amount               TEXT NOT NULL,
  currency             TEXT NOT NULL,
  reason               TEXT,
  state                TEXT NOT NULL,
  response_code        TEXT,
  response_message     TEXT,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL
);
CREATE INDEX refunds_payment ON refunds(partner_reference_no);
CREATE INDEX refunds_state ON refunds(state);

-- Every SNAP call made for a payment, with what came back: the support trail of a disputed sale.
CREATE TABLE calls (
  id                   INTEGER PRIMARY KEY,
  partner_reference_no TEXT NOT NULL,
  service              TEXT NOT NULL,
  action_key           TEXT,
  outcome              TEXT NOT NULL,
  http_status          INTEGER,
  response_code        TEXT,
  response_message     TEXT,
  at                   TEXT NOT NULL
);
CREATE INDEX calls_payment ON calls(partner_reference_no);

-- When the sync worker tries each pending action next (backoff state survives restarts).
CREATE TABLE sync_schedule (
  kind            TEXT NOT NULL,
  entity_key      TEXT NOT NULL,
  attempts        INTEGER NOT NULL,
  next_attempt_ms INTEGER NOT NULL,
  last_error      TEXT,
  PRIMARY KEY (kind, entity_key)
);

-- The supervisor PIN as a salted slow hash (never the PIN itself).
CREATE TABLE supervisor_pin (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  hash       TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
