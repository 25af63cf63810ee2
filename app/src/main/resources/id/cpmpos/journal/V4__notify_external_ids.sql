-- X-EXTERNAL-IDs of notifies already accepted, per day: a replay is refused (4097900) even after a
-- restart. Operational, like calls: not audited.
CREATE TABLE notify_external_ids (
  day         TEXT NOT NULL,
  external_id TEXT NOT NULL,
  at          TEXT NOT NULL,
  PRIMARY KEY (day, external_id)
);
