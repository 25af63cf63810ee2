package id.cpmpos.ui.checkout;

import id.cpmpos.i18n.Messages;
import id.cpmpos.scanner.ScannerDescription;
import id.cpmpos.scanner.ScannerProblem;
import id.cpmpos.scanner.ScannerStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The line under the result naming every scanner and its state, and the webcam's own state for its panel. */
final class ScannerLine {
  private final Messages messages;
  private final Map<String, String> lines = new LinkedHashMap<>();
  final StringProperty text = new SimpleStringProperty("");
  final ObjectProperty<ScannerStatus> camera = new SimpleObjectProperty<>(ScannerStatus.STOPPED);

  ScannerLine(Messages messages) {
    this.messages = messages;
  }

  void update(ScannerDescription scanner, ScannerStatus status) {
    String kind = scanner.deviceId().startsWith("serial:") ? "serial" : scanner.deviceId();
    if ("webcam".equals(kind)) {
      camera.set(status);
    }
    String state = status.problem() != ScannerProblem.NONE
        ? messages.get("scanner.problem." + status.problem().name())
        : messages.get("scanner.state." + status.state().name());
    lines.put(scanner.deviceId(),
        messages.get("scanner.status", messages.get("scanner.kind." + kind), state));
    text.set(String.join("   ·   ", lines.values()));
  }
}
