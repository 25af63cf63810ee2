-- The chain ledger: every terminal's journal replicated to one PostgreSQL database, and the provider's
-- notifies relayed by hq. Applied by Flyway from `hq migrate` (or `hq` at start), never by a terminal.
-- Every key is global: a terminal's rows are keyed by its terminal id and its own business key.

-- One row per terminal: the head of its audit chain as last pushed, so head office can compare it
-- with the terminal's `journal verify` head, and see when a journal was rewritten.
CREATE TABLE terminals (
  terminal_id     text PRIMARY KEY,
  head_seq        bigint NOT NULL,
  head_hash       text NOT NULL,
  head_at         text NOT NULL,
  pushed_at       timestamptz NOT NULL,
  -- The first entry the terminal pushed again with a different hash than the ledger holds: its
  -- journal was rewritten (or replaced) after that entry had been replicated. Null while consistent.
  diverged_at_seq bigint
);

-- The audit log of every terminal, entry by entry, exactly as the journal holds it (the snapshot is
-- text, not jsonb, so the hash recomputes over the same bytes). A supervisor PIN's snapshot is not
-- sent (null): the ledger needs no password hash.
CREATE TABLE audit_entries (
  terminal_id text   NOT NULL,
  seq         bigint NOT NULL,
  at          text   NOT NULL,
  entity      text   NOT NULL,
  entity_key  text   NOT NULL,
  action      text   NOT NULL,
  snapshot    text,
  prev_hash   text   NOT NULL,
  hash        text   NOT NULL,
  PRIMARY KEY (terminal_id, seq)
);

-- An entry pushed again with another hash than the one the ledger kept (the first one wins).
CREATE TABLE audit_conflicts (
  terminal_id  text   NOT NULL,
  seq          bigint NOT NULL,
  ledger_hash  text   NOT NULL,
  journal_hash text   NOT NULL,
  seen_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (terminal_id, seq, journal_hash)
);

-- The current state of each payment, cancel and refund, from the newest audit entry pushed for it
-- (audit_seq): an older entry arriving late never overwrites a newer one. `day` is the business day
-- in the terminal's own time zone (the date part of created_at as the terminal wrote it).
CREATE TABLE payments (
  terminal_id          text          NOT NULL,
  partner_reference_no text          NOT NULL,
  reference_no         text,
  amount               numeric(20,2) NOT NULL,
  currency             text          NOT NULL,
  state                text          NOT NULL,
  response_code        text,
  response_message     text,
  training             boolean       NOT NULL,
  day                  date          NOT NULL,
  created_at           timestamptz   NOT NULL,
  updated_at           timestamptz   NOT NULL,
  audit_seq            bigint        NOT NULL,
  PRIMARY KEY (terminal_id, partner_reference_no)
);
CREATE INDEX payments_day ON payments (day, terminal_id);
CREATE INDEX payments_reference ON payments (reference_no);

CREATE TABLE cancels (
  terminal_id          text        NOT NULL,
  partner_reference_no text        NOT NULL,
  reason               text,
  requested_by         text        NOT NULL,
  state                text        NOT NULL,
  response_code        text,
  response_message     text,
  day                  date        NOT NULL,
  created_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL,
  audit_seq            bigint      NOT NULL,
  PRIMARY KEY (terminal_id, partner_reference_no)
);

CREATE TABLE refunds (
  terminal_id          text          NOT NULL,
  partner_refund_no    text          NOT NULL,
  partner_reference_no text          NOT NULL,
  refund_no            text,
  amount               numeric(20,2) NOT NULL,
  currency             text          NOT NULL,
  reason               text,
  state                text          NOT NULL,
  response_code        text,
  response_message     text,
  day                  date          NOT NULL,
  created_at           timestamptz   NOT NULL,
  updated_at           timestamptz   NOT NULL,
  audit_seq            bigint        NOT NULL,
  PRIMARY KEY (terminal_id, partner_refund_no)
);
CREATE INDEX refunds_day ON refunds (day, terminal_id);

-- Notify replay guard shared by every hq process: the primary key decides which one accepts an
-- X-EXTERNAL-ID first; every other one answers 4097900.
CREATE TABLE notify_external_ids (
  day         date        NOT NULL,
  external_id text        NOT NULL,
  at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (day, external_id)
);

-- Each notify hq accepted, for the terminal that took the payment to apply (it asks for the
-- payments it does not know the outcome of; LISTEN/NOTIFY on channel cpmpos_notify wakes it).
CREATE TABLE notifies (
  id                        bigserial PRIMARY KEY,
  partner_reference_no      text,
  reference_no              text,
  terminal_id               text,
  latest_transaction_status text        NOT NULL,
  transaction_status_desc   text,
  body                      text        NOT NULL,
  received_at               timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notifies_partner_reference ON notifies (partner_reference_no);
