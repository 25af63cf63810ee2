package id.cpmpos.journal;

/**
 * A payment intent the journal will not record: a payment of this terminal already sent the same
 * QR (by its hash). A customer QR is one-time; sending it again only earns "Transaction Expired"
 * from the provider, or worse, looks like a second charge. Nothing was written.
 */
public final class QrAlreadySent extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String partnerReferenceNo;

  public QrAlreadySent(String partnerReferenceNo) {
    super("QR already sent by payment " + partnerReferenceNo);
    this.partnerReferenceNo = partnerReferenceNo;
  }

  /** The earlier payment that sent it. */
  public String partnerReferenceNo() {
    return partnerReferenceNo;
  }
}
