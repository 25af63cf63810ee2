-- One row per payment. Amounts are exact decimal strings; times are ISO-8601 with offset.
CREATE TABLE payments (
  id                   INTEGER PRIMARY KEY,
  partner_reference_no TEXT NOT NULL UNIQUE,
  reference_no         TEXT,
  amount               TEXT NOT NULL,
  currency             TEXT NOT NULL,
  qr_hash              TEXT NOT NULL,
  terminal_id          TEXT,
  state                TEXT NOT NULL,
  response_code        TEXT,
  response_message     TEXT,
  training             INTEGER NOT NULL DEFAULT 0,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL
);
CREATE INDEX payments_state ON payments(state);

-- Last X-EXTERNAL-ID sequence number used on each day: survives restarts, so ids never repeat.
CREATE TABLE external_id_sequence (
  day  TEXT PRIMARY KEY,
  last INTEGER NOT NULL
);
