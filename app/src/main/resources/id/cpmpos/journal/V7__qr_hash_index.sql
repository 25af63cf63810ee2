-- Each payment intent looks up its QR's hash: a QR this terminal already sent is refused.
CREATE INDEX payments_qr_hash ON payments(qr_hash);
