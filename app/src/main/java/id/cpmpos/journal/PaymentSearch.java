package id.cpmpos.journal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds payments by day range, state, amount and reference fragment, newest first. Days compare on
 * the stored local time's text ({@code created_at} is written in the terminal's zone, ISO-8601, which
 * sorts as it reads), so a day range is an index range on {@code payments_created}.
 */
public final class PaymentSearch {
  /** The trigram index needs at least three characters. */
  private static final int TRIGRAM = 3;

  private final Journal journal;

  public PaymentSearch(Journal journal) {
    this.journal = journal;
  }

  public List<PaymentRecord> find(PaymentFilter f) {
    StringBuilder sql = new StringBuilder(PaymentStore.SELECT).append(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (f.from() != null) {
      sql.append(" AND created_at >= ?");
      args.add(f.from().toString());
    }
    if (f.to() != null) {
      sql.append(" AND created_at < ?");
      args.add(f.to().plusDays(1).toString());
    }
    if (!f.states().isEmpty()) {
      sql.append(" AND state IN (").append("?,".repeat(f.states().size() - 1)).append("?)");
      f.states().stream().map(Enum::name).sorted().forEach(args::add);
    }
    if (f.amount() != null) {
      sql.append(" AND amount = ?"); // stored as written, always with two decimals
      args.add(f.amount().setScale(2).toPlainString());
    }
    String fragment = f.referenceFragment();
    if (fragment != null && fragment.codePointCount(0, fragment.length()) >= TRIGRAM) {
      // The trigram index finds every row holding the fragment in either reference, in any case.
      sql.append(" AND id IN (SELECT rowid FROM payment_refs WHERE payment_refs MATCH ?)");
      args.add('"' + fragment.replace("\"", "\"\"") + '"');
    } else if (fragment != null) {
      // Shorter than a trigram: the index cannot help, but such a fragment matches often, so the
      // newest-first scan stops at the limit soon.
      sql.append(
          " AND (partner_reference_no LIKE ? ESCAPE '\\' OR reference_no LIKE ? ESCAPE '\\')");
      String like = "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
          + "%";
      args.add(like);
      args.add(like);
    }
    sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
    args.add(f.limit());
    return journal.withConnection("cannot search the payments", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
        for (int i = 0; i < args.size(); i++) {
          ps.setObject(i + 1, args.get(i));
        }
        List<PaymentRecord> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(PaymentStore.read(rs));
          }
        }
        return out;
      }
    });
  }
}
