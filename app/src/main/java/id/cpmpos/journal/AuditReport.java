package id.cpmpos.journal;

import java.util.List;
import java.util.Optional;

/**
 * What {@code journal verify} found: the number of audit entries, the chain's head hash (worth
 * writing down: a chain rewritten from an edit onwards verifies, but ends in another head), and
 * every problem, chain problems first in entry order, then rows.
 */
public record AuditReport(long entries, String head, List<AuditProblem> problems) {
  public AuditReport {
    problems = List.copyOf(problems);
  }

  public boolean intact() {
    return problems.isEmpty();
  }

  public Optional<AuditProblem> firstBroken() {
    return problems.stream().findFirst();
  }
}
