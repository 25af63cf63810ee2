package id.cpmpos.terminal;

/**
 * Input refused before anything was written or sent. {@code messageKey} names the localised text
 * (message bundles) the cashier or the CLI user sees; {@code args} fill it in.
 */
public final class InputProblem extends Exception {
  private final String messageKey;
  private final transient Object[] args;

  public InputProblem(String messageKey, Object... args) {
    super(messageKey);
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }
}
