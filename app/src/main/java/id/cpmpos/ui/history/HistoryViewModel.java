package id.cpmpos.ui.history;

import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.ActionState;
import id.cpmpos.journal.CallRecord;
import id.cpmpos.journal.PaymentFilter;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.journal.RefundRecord;
import id.cpmpos.snap.ResponseCatalogue;
import id.cpmpos.snap.ResponseCode;
import id.cpmpos.terminal.CashierAmount;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.PaymentHistory;
import id.cpmpos.terminal.PaymentLookup;
import id.cpmpos.terminal.PaymentQuery;
import id.cpmpos.ui.Formats;
import id.cpmpos.ui.TaskExecutor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Payments from the journal, the newest first — the recent ones, or those a search finds by day
 * range, state, amount and reference fragment — each with its state, amount, time, references, what
 * was refunded and what reversal still waits; the selected one with every call made for it. Reads run
 * off the UI thread; properties change on it.
 */
public final class HistoryViewModel {
  private static final Logger log = LoggerFactory.getLogger(HistoryViewModel.class);
  /** Enough for a shift at a busy counter; a search finds older ones, as the CLI's {@code journal} does. */
  public static final int LIMIT = 200;

  /** A state to search for as the list offers it: any, one state, or pending (sending or not known yet). */
  public record StateChoice(String label, Set<PaymentState> states) {
    @Override
    public String toString() {
      return label; // what the choice box shows
    }
  }

  private static List<StateChoice> stateChoices(Messages messages) {
    List<StateChoice> out = new ArrayList<>();
    out.add(new StateChoice(messages.get("history.search.anyState"), Set.of()));
    for (PaymentState s : List.of(PaymentState.APPROVED, PaymentState.DECLINED,
        PaymentState.NOT_SENT,
        PaymentState.NOT_CHARGED, PaymentState.CANCELLED, PaymentState.REFUNDED)) {
      out.add(new StateChoice(messages.get("state." + s.name()), Set.of(s)));
    }
    out.add(new StateChoice(messages.get("history.search.pending"),
        Set.of(PaymentState.SENDING, PaymentState.UNKNOWN)));
    return List.copyOf(out);
  }

  /** One line of the table, already in the cashier's words. */
  public record Row(PaymentHistory.Entry entry, String time, String references, String amount,
      String state,
      String refunded, String pending) {
    public String partnerReferenceNo() {
      return entry.payment().partnerReferenceNo();
    }
  }

  private final PaymentLookup history;
  private final Messages messages;
  private final Formats formats;
  private final TaskExecutor tasks;

  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
  private final ObservableList<String> calls = FXCollections.observableArrayList();
  private final BooleanProperty canRefund = new SimpleBooleanProperty();
  private final BooleanProperty canCancel = new SimpleBooleanProperty();
  private final StringProperty notice = new SimpleStringProperty("");
  private final BooleanProperty callDetails = new SimpleBooleanProperty();
  private final List<StateChoice> stateChoices;
  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
  private final ObjectProperty<StateChoice> state = new SimpleObjectProperty<>();
  private final StringProperty amount = new SimpleStringProperty("");
  private final StringProperty reference = new SimpleStringProperty("");
  private final StringProperty searchProblem = new SimpleStringProperty("");
  private final BooleanProperty searching = new SimpleBooleanProperty();
  private final StringProperty empty = new SimpleStringProperty();
  private final AtomicLong generation = new AtomicLong();
  private List<CallRecord> shownCalls = List.of();

  public HistoryViewModel(PaymentLookup history, Messages messages, Formats formats,
      TaskExecutor tasks) {
    this.history = history;
    this.messages = messages;
    this.formats = formats;
    this.tasks = tasks;
    this.stateChoices = stateChoices(messages);
    state.set(stateChoices.get(0));
    empty.set(messages.get("history.empty"));
    selected.addListener((obs, old, now) -> showSelection(now));
    callDetails.addListener((obs, old, now) -> showCalls(shownCalls));
  }

  /**
   * Reads the journal again with the search's filters (the same query as {@code journal}), keeping
   * the selection on the same payment. Filters that do not hold (a reversed range, an amount that is
   * not one) are said and nothing is read. Only the newest search's answer is shown: one typed over
   * while an older one was reading never replaces it.
   */
  public void refresh() {
    String keep = selected.get() == null ? null : selected.get().partnerReferenceNo();
    PaymentFilter filter;
    try {
      filter = filter();
    } catch (InputProblem p) {
      searchProblem.set(messages.get(p.messageKey(), p.args()));
      return;
    }
    searchProblem.set("");
    long mine = generation.incrementAndGet();
    boolean filtered = filtered();
    searching.set(true);
    tasks.call(() -> new Read(history.search(filter).stream().map(this::row).toList(),
        keep == null ? List.<CallRecord>of() : history.calls(keep)), read -> {
          if (generation.get() != mine) {
            return; // a newer search is on its way
          }
          searching.set(false);
          empty.set(messages.get(filtered ? "history.noMatch" : "history.empty"));
          rows.setAll(read.rows());
          Row again = keep == null
              ? null
              : read.rows().stream().filter(r -> r.partnerReferenceNo().equals(keep)).findFirst()
                  .orElse(null);
          if (again != null) {
            selected.set(again);
            showCalls(read.keptCalls());
          } else {
            selected.set(null);
          }
        }, e -> {
          log.warn("history: cannot read the journal: {}", e.toString());
          searching.set(false);
          notice.set(messages.get("history.readFailed"));
        });
  }

  /** A search's answer: the rows, and the calls of the payment that was selected. */
  private record Read(List<Row> rows, List<CallRecord> keptCalls) {}

  private PaymentFilter filter() throws InputProblem {
    String a = amount.get();
    // The amount as the cashier types it everywhere else (25.000, 25.000,50).
    BigDecimal exact = a == null || a.isBlank() ? null : CashierAmount.parse(a);
    return PaymentQuery.filter(from.get(), to.get(), state.get().states(), exact, reference.get(),
        LIMIT);
  }

  private boolean filtered() {
    return from.get() != null || to.get() != null || !state.get().states().isEmpty()
        || !amount.get().isBlank() || !reference.get().isBlank();
  }

  /** Every filter back to "any", and the recent payments again. */
  public void clearSearch() {
    from.set(null);
    to.set(null);
    state.set(stateChoices.get(0));
    amount.set("");
    reference.set("");
    refresh();
  }

  public void select(Row row) {
    selected.set(row);
  }

  private void showSelection(Row row) {
    canRefund.set(row != null && row.entry().refundable().signum() > 0);
    canCancel.set(row != null && row.entry().cancellable());
    if (row == null) {
      calls.clear();
      return;
    }
    String ref = row.partnerReferenceNo();
    tasks.call(() -> history.calls(ref), read -> {
      if (selected.get() != null && selected.get().partnerReferenceNo().equals(ref)) {
        showCalls(read);
      }
    }, e -> log.warn("history: cannot read the calls of {}: {}", ref, e.toString()));
  }

  private void showCalls(List<CallRecord> read) {
    shownCalls = read;
    List<String> lines = new ArrayList<>();
    for (CallRecord c : read) {
      String service = messages.get("service." + c.service())
          + (c.actionKey() == null ? "" : " " + c.actionKey());
      String line = messages.get("history.call.plain", formats.time(c.at()), service,
          whatHappened(c));
      if (callDetails.get()) {
        line += "\n" + messages.get("history.call", formats.time(c.at()), service,
            messages.get("outcome." + c.outcome()), c.httpStatus() == null ? "–" : c.httpStatus(),
            nullToDash(c.responseCode()), nullToDash(c.responseMessage()));
      }
      lines.add(line);
    }
    if (lines.isEmpty()) {
      lines.add(messages.get("history.noCalls"));
    }
    calls.setAll(lines);
  }

  /**
   * A call in the cashier's words: done, still in progress, refused (with what to tell the
   * customer), no answer, not sent. The HTTP status, code and the provider's or the network's own
   * words are the technical line, shown with the details.
   */
  private String whatHappened(CallRecord c) {
    return switch (c.outcome()) {
      case "NOT_SENT" -> messages.get("call.notSent");
      case "UNKNOWN" -> messages.get("call.noAnswer");
      default -> ResponseCode.parse(c.responseCode()).map(code -> {
        if (c.responseCode().startsWith("202")) {
          return messages.get("call.inProgress");
        }
        if (c.responseCode().startsWith("2")) {
          return messages.get("call.done");
        }
        return messages.get("call.refused",
            ResponseCatalogue.standard().cashierMessage(code, messages.locale()));
      }).orElse(messages.get("call.answered"));
    };
  }

  /** Whether each call also shows its technical line (HTTP status, code, message). */
  public BooleanProperty callDetailsProperty() {
    return callDetails;
  }

  /** A supervisor action's outcome, shown above the table until the next one. */
  public void showNotice(String text) {
    notice.set(text);
  }

  Row row(PaymentHistory.Entry e) {
    PaymentRecord p = e.payment();
    String state = messages.get("state." + p.state().name());
    if (p.training()) {
      state = state + "\n" + messages.get("history.training"); // training: marked, on its own line
    }
    String refs = p.partnerReferenceNo() + (p.referenceNo() == null ? "" : "\n" + p.referenceNo());
    String refunded = e.refunded().signum() == 0 ? "" : formats.money(p.currency(), e.refunded());
    return new Row(e, formats.time(p.createdAt()), refs, formats.money(p.currency(), p.amount()),
        state, refunded,
        pending(e));
  }

  private String pending(PaymentHistory.Entry e) {
    List<String> parts = new ArrayList<>();
    e.cancel().ifPresent(c -> {
      if (!c.state().isFinal()) {
        parts.add(messages.get("history.cancel.pending"));
      } else if (c.state() == ActionState.REJECTED) {
        parts.add(messages.get("history.cancel.rejected", nullToDash(c.responseMessage())));
      }
    });
    for (RefundRecord r : e.refunds()) {
      if (!r.state().isFinal()) {
        parts.add(messages.get("history.refund.pending", formats.money(r.currency(), r.amount())));
      } else if (r.state() == ActionState.REJECTED) {
        parts.add(messages.get("history.refund.rejected", formats.money(r.currency(), r.amount())));
      }
    }
    return String.join("\n", parts);
  }

  private static String nullToDash(Object o) {
    return o == null ? "–" : o.toString();
  }

  public List<StateChoice> stateChoices() {
    return stateChoices;
  }

  /** First day searched (the terminal's zone); null: no first day. */
  public ObjectProperty<LocalDate> fromProperty() {
    return from;
  }

  /** Last day searched, included; null: no last day. */
  public ObjectProperty<LocalDate> toProperty() {
    return to;
  }

  public ObjectProperty<StateChoice> stateProperty() {
    return state;
  }

  /** An exact amount as the cashier types it ("25.000"); empty: any. */
  public StringProperty amountProperty() {
    return amount;
  }

  /** Any part of either reference; empty: any. */
  public StringProperty referenceProperty() {
    return reference;
  }

  /** Why the filters cannot be searched for (empty when they can). */
  public StringProperty searchProblemProperty() {
    return searchProblem;
  }

  /** True while a search is reading the journal. */
  public BooleanProperty searchingProperty() {
    return searching;
  }

  /** What the empty table says: nothing yet, or nothing matches the search. */
  public StringProperty emptyProperty() {
    return empty;
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  public ObjectProperty<Row> selectedProperty() {
    return selected;
  }

  public ObservableList<String> calls() {
    return calls;
  }

  public BooleanProperty canRefundProperty() {
    return canRefund;
  }

  public BooleanProperty canCancelProperty() {
    return canCancel;
  }

  public StringProperty noticeProperty() {
    return notice;
  }
}
