package id.cpmpos.testing;

import id.cpmpos.journal.CallRecord;
import id.cpmpos.journal.PaymentFilter;
import id.cpmpos.terminal.PaymentHistory;
import id.cpmpos.terminal.PaymentLookup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The journal's read side as a screen sees it, holding what the test put in: every search answers with
 * the entries listed (the newest first, as given) and is kept, so a test sees the filter a screen built.
 * How the journal applies a filter is PaymentSearch's, tested with the journal.
 */
public final class ListedHistory implements PaymentLookup {
  private final List<PaymentHistory.Entry> entries = new ArrayList<>();
  private final Map<String, List<CallRecord>> calls = new HashMap<>();
  private final List<PaymentFilter> searched = new ArrayList<>();
  private RuntimeException failure;

  /** The entries every search answers with from now on, the newest first. */
  public ListedHistory listing(PaymentHistory.Entry... now) {
    entries.clear();
    entries.addAll(List.of(now));
    return this;
  }

  public ListedHistory calls(String partnerReferenceNo, CallRecord... made) {
    calls.put(partnerReferenceNo, List.of(made));
    return this;
  }

  /** From now on every read fails so (a journal that cannot be read). */
  public void failWith(RuntimeException e) {
    failure = e;
  }

  @Override
  public List<PaymentHistory.Entry> search(PaymentFilter filter) {
    searched.add(filter);
    if (failure != null) {
      throw failure;
    }
    return List.copyOf(entries);
  }

  @Override
  public Optional<PaymentHistory.Entry> entry(String partnerReferenceNo) {
    return entries.stream().filter(e -> e.payment().partnerReferenceNo().equals(partnerReferenceNo))
        .findFirst();
  }

  @Override
  public List<CallRecord> calls(String partnerReferenceNo) {
    if (failure != null) {
      throw failure;
    }
    return calls.getOrDefault(partnerReferenceNo, List.of());
  }

  /** The filters searched for, in order. */
  public List<PaymentFilter> searched() {
    return List.copyOf(searched);
  }
}
