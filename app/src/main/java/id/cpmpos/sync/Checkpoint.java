package id.cpmpos.sync;

/**
 * Named points of the write-ahead protocol where the crash tests stop the terminal. With the system
 * property {@code cpmpos.checkpoint.hold} naming one, the process announces it on stderr and waits
 * there to be killed; otherwise a checkpoint does nothing. Kept in production code on purpose: the
 * proof that a crash at each step loses nothing must run the very code that ships.
 */
public final class Checkpoint {
  public static final String PAYMENT_INTENT = "payment.intent-committed";
  public static final String PAYMENT_ANSWERED = "payment.answered";
  public static final String CANCEL_INTENT = "cancel.intent-committed";
  public static final String REFUND_INTENT = "refund.intent-committed";
  public static final String CANCEL_SENDING = "cancel.sending-committed";
  public static final String CANCEL_ANSWERED = "cancel.answered";
  public static final String REFUND_SENDING = "refund.sending-committed";
  public static final String REFUND_ANSWERED = "refund.answered";

  private Checkpoint() {}

  public static void reached(String name) {
    if (name.equals(System.getProperty("cpmpos.checkpoint.hold"))) {
      System.err.println("CHECKPOINT " + name);
      System.err.flush();
      Object never = new Object();
      synchronized (never) {
        while (true) {
          try {
            never.wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }
  }
}
