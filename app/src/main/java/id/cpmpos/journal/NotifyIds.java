package id.cpmpos.journal;

/** The X-EXTERNAL-IDs of notifies accepted, per day, so that a replayed notify is refused. */
public final class NotifyIds {
  private final JournalCore core;

  NotifyIds(JournalCore core) {
    this.core = core;
  }

  /** Whether a notify's X-EXTERNAL-ID was accepted already on {@code day}. */
  public boolean used(String day, String externalId) {
    return core.read("cannot read a notify's external id", () -> core.queryOne(
        "SELECT 1 FROM notify_external_ids WHERE day = ? AND external_id = ?", rs -> true, day,
        externalId)
        .isPresent());
  }

  /**
   * Claims a notify's X-EXTERNAL-ID for {@code day}; false when it was claimed before. Ids of days
   * before {@code oldestDayKept} are forgotten: they can no longer collide.
   */
  public boolean claim(String day, String externalId, String oldestDayKept) {
    String now = core.now();
    return core.write("cannot record a notify's external id", () -> {
      core.update("DELETE FROM notify_external_ids WHERE day < ?", oldestDayKept);
      return core.update("INSERT INTO notify_external_ids (day, external_id, at) VALUES (?,?,?)"
          + " ON CONFLICT(day, external_id) DO NOTHING", day, externalId, now) == 1;
    });
  }
}
