-- A year of a busy counter, written in one transaction by YearOfJournal (parameter :n payments, one
-- every 365 days / n, from 2026-01-01 Asia/Jakarta). Per payment: the row, its PAYMENT call and two audit
-- entries (intent, outcome); 5 % declined, 1 % cancelled (with the cancel and its call), 2 % partly
-- refunded (with the refund and its call), 1 % queried once. One shift a day. The audit entries have the
-- real shape and size but random hashes: `journal verify` would reject the chain, nothing here runs it.
CREATE TEMP TABLE gen AS
  WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < :n - 1)
  SELECT i,
         1767200400 + i * (31536000 / :n) AS t,          -- 2026-01-01T00:00+07:00 onwards, in UTC seconds
         abs(random()) % 100 AS roll,
         10000 + abs(random()) % 500000 AS rupiah,
         abs(random()) % 1000000 AS rnd
  FROM c;
INSERT INTO cashiers (name, created_at) VALUES ('Ani', '2026-01-01T07:00:00.000+07:00');
INSERT INTO shifts (id, cashier, opened_at, closed_at)
  WITH RECURSIVE d(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM d WHERE k < 365)
  SELECT k + 1, 'Ani', strftime('%Y-%m-%dT07:00:00.000', 1767200400 + k * 86400, 'unixepoch') || '+07:00',
         strftime('%Y-%m-%dT23:59:00.000', 1767200400 + k * 86400, 'unixepoch') || '+07:00'
  FROM d;
CREATE TEMP TABLE rows AS
  SELECT i, roll, rupiah, t,
         'P' || strftime('%Y%m%d%H%M%S', t + 25200, 'unixepoch') || printf('%03d', i % 1000) || 'DEMO0001'
             || printf('%06d', rnd) AS ref,
         printf('%020d', abs(random())) AS provider_ref,
         strftime('%Y-%m-%dT%H:%M:%S', t + 25200, 'unixepoch') || '.' || printf('%03d', i % 1000) || '+07:00' AS created,
         strftime('%Y-%m-%dT%H:%M:%S', t + 25202, 'unixepoch') || '.' || printf('%03d', i % 1000) || '+07:00' AS updated,
         CASE WHEN roll < 5 THEN 'DECLINED' WHEN roll < 6 THEN 'CANCELLED' ELSE 'APPROVED' END AS state,
         1 + (t - 1767200400) / 86400 AS shift
  FROM gen;
INSERT INTO payments (id, partner_reference_no, reference_no, amount, currency, qr_hash, terminal_id, state,
    response_code, response_message, training, created_at, updated_at, shift_id, paid_at)
  SELECT i + 1, ref, CASE WHEN state = 'DECLINED' THEN NULL ELSE provider_ref END, rupiah || '.00', 'IDR',
         lower(hex(randomblob(32))), 'DEMO0001', state,
         CASE WHEN state = 'DECLINED' THEN '4036014' ELSE '2006000' END,
         CASE WHEN state = 'DECLINED' THEN 'Insufficient Funds' ELSE 'Successful' END,
         0, created, updated, shift, CASE WHEN state = 'DECLINED' THEN NULL ELSE updated END
  FROM rows;
INSERT INTO calls (partner_reference_no, service, action_key, outcome, http_status, response_code, response_message, at)
  SELECT ref, 'PAYMENT', NULL, 'ANSWERED', CASE WHEN state = 'DECLINED' THEN 403 ELSE 200 END,
         CASE WHEN state = 'DECLINED' THEN '4036014' ELSE '2006000' END,
         CASE WHEN state = 'DECLINED' THEN 'Insufficient Funds' ELSE 'Successful' END, updated
  FROM rows;
INSERT INTO calls (partner_reference_no, service, action_key, outcome, http_status, response_code, response_message, at)
  SELECT ref, 'QUERY', NULL, 'ANSWERED', 200, '2005100', 'Successful', updated FROM rows WHERE roll = 99;
INSERT INTO cancels (partner_reference_no, reason, requested_by, state, response_code, response_message, created_at,
    updated_at, shift_id)
  SELECT ref, 'customer changed their mind', 'SUPERVISOR', 'SUCCEEDED', '2007700', 'Successful', updated, updated, shift
  FROM rows WHERE state = 'CANCELLED';
INSERT INTO calls (partner_reference_no, service, action_key, outcome, http_status, response_code, response_message, at)
  SELECT ref, 'CANCEL', NULL, 'ANSWERED', 200, '2007700', 'Successful', updated FROM rows WHERE state = 'CANCELLED';
INSERT INTO refunds (partner_refund_no, partner_reference_no, refund_no, amount, currency, reason, state, response_code,
    response_message, created_at, updated_at, shift_id)
  SELECT 'R' || substr(ref, 2), ref, 'F' || provider_ref, '5000.00', 'IDR', 'returned goods', 'SUCCEEDED', '2007800',
         'Successful', updated, updated, shift
  FROM rows WHERE roll IN (96, 97);
INSERT INTO calls (partner_reference_no, service, action_key, outcome, http_status, response_code, response_message, at)
  SELECT ref, 'REFUND', 'R' || substr(ref, 2), 'ANSWERED', 200, '2007800', 'Successful', updated
  FROM rows WHERE roll IN (96, 97);
INSERT INTO audit_log (seq, at, entity, entity_key, action, snapshot, prev_hash, hash)
  SELECT 2 * i + 1 + k, CASE k WHEN 0 THEN created ELSE updated END, 'payments', ref, CASE k WHEN 0 THEN 'INSERT' ELSE 'UPDATE' END,
         json_object('amount', rupiah || '.00', 'created_at', created, 'currency', 'IDR', 'id', i + 1,
             'partner_reference_no', ref, 'qr_hash', lower(hex(randomblob(32))),
             'reference_no', CASE WHEN k = 0 OR state = 'DECLINED' THEN NULL ELSE provider_ref END,
             'response_code', CASE WHEN k = 0 THEN NULL WHEN state = 'DECLINED' THEN '4036014' ELSE '2006000' END,
             'response_message', CASE WHEN k = 0 THEN NULL WHEN state = 'DECLINED' THEN 'Insufficient Funds' ELSE 'Successful' END,
             'state', CASE WHEN k = 0 THEN 'SENDING' ELSE state END, 'terminal_id', 'DEMO0001', 'training', 0,
             'updated_at', CASE k WHEN 0 THEN created ELSE updated END),
         lower(hex(randomblob(32))), lower(hex(randomblob(32)))
  FROM rows, (SELECT 0 AS k UNION ALL SELECT 1)
  ORDER BY 1;
DROP TABLE rows;
DROP TABLE gen;
