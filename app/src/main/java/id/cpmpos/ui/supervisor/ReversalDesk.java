package id.cpmpos.ui.supervisor;

import id.cpmpos.i18n.Messages;
import id.cpmpos.terminal.PaymentHistory;
import id.cpmpos.terminal.PaymentReversals;
import id.cpmpos.terminal.PinGate;
import id.cpmpos.ui.Formats;
import id.cpmpos.ui.TaskExecutor;

/**
 * What every refund or cancel dialog of a terminal shares: the reversal use case, the supervisor's
 * PIN and idle sessions, the texts and the executor that takes the work off the FX thread. The
 * history screen opens one dialog's view model from it per payment.
 *
 * @param sessions ends a dialog after the supervisor's idle minutes without input
 */
public record ReversalDesk(PaymentReversals reversals, PinGate pin, SupervisorSessions sessions,
    Messages messages, Formats formats, TaskExecutor tasks) {

  /** The view model of a supervisor's refund or cancel of {@code entry}. */
  public ReversalViewModel open(ReversalViewModel.Kind kind, PaymentHistory.Entry entry) {
    return new ReversalViewModel(kind, entry, this);
  }
}
