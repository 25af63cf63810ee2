package id.cpmpos;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package arrows of DESIGN.md, enforced: one concern per package, arrows pointing down only. */
@AnalyzeClasses(packages = "id.cpmpos", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String UI = "id.cpmpos.ui..";
  private static final String CLI = "id.cpmpos.cli..";
  private static final String BOOT = "id.cpmpos.boot..";
  private static final String TERMINAL = "id.cpmpos.terminal..";
  private static final String SYNC = "id.cpmpos.sync..";
  private static final String NOTIFY = "id.cpmpos.notify..";
  private static final String SNAP = "id.cpmpos.snap..";
  private static final String JOURNAL = "id.cpmpos.journal..";
  private static final String SANDBOX = "id.cpmpos.sandbox..";
  private static final String CONFIG = "id.cpmpos.config..";
  private static final String I18N = "id.cpmpos.i18n..";
  private static final String SCANNER = "id.cpmpos.scanner..";

  @ArchTest
  static final ArchRule javafxOnlyInTheUi = noClasses().that().resideOutsideOfPackage(UI)
      .should().dependOnClassesThat().resideInAPackage("javafx..")
      .because("the FX thread only renders: services, the CLI and tests of logic run without a toolkit");

  @ArchTest
  static final ArchRule snapKnowsOnlyTheWire = noClasses().that().resideInAPackage(SNAP)
      .should().dependOnClassesThat().resideInAnyPackage(UI, CLI, BOOT, TERMINAL, SYNC, NOTIFY, JOURNAL, SANDBOX,
          CONFIG, I18N)
      .because("the protocol client never touches the journal or the screen; it is used by both sides");

  @ArchTest
  static final ArchRule journalNeverCallsOut = noClasses().that().resideInAPackage(JOURNAL)
      .should().dependOnClassesThat().resideInAnyPackage(UI, CLI, BOOT, TERMINAL, SYNC, NOTIFY, SNAP, SANDBOX,
          CONFIG, I18N)
      .because("the journal never calls the network: a crash between two of its writes must be all it can lose");

  @ArchTest
  static final ArchRule configIsPlainSettings = noClasses().that().resideInAPackage(CONFIG)
      .should().dependOnClassesThat().resideInAnyPackage(UI, CLI, BOOT, TERMINAL, SYNC, NOTIFY, SNAP, JOURNAL,
          SANDBOX)
      .because("settings are read once and handed down by the composition root");

  @ArchTest
  static final ArchRule sandboxIsAProviderNotATerminal = noClasses().that().resideInAPackage(SANDBOX)
      .should().dependOnClassesThat().resideInAnyPackage(UI, CLI, BOOT, TERMINAL, SYNC, NOTIFY, JOURNAL, CONFIG)
      .because("the simulator shares only the wire protocol with the terminal, like a real provider");

  @ArchTest
  static final ArchRule syncAndNotifyStayBelowTheUseCases = noClasses().that().resideInAnyPackage(SYNC, NOTIFY)
      .should().dependOnClassesThat().resideInAnyPackage(UI, CLI, BOOT, TERMINAL, SANDBOX)
      .because("the outbox and the notify receiver work from snap and the journal alone");

  @ArchTest
  static final ArchRule useCasesKnowNoFrontEnd = noClasses().that().resideInAPackage(TERMINAL)
      .should().dependOnClassesThat().resideInAnyPackage(UI, CLI, BOOT, SANDBOX)
      .because("the GUI and the CLI are two front ends over the same use cases");

  @ArchTest
  static final ArchRule frontEndsAreIndependent = noClasses().that().resideInAPackage(CLI)
      .should().dependOnClassesThat().resideInAPackage(UI)
      .because("a CLI command never starts the JavaFX toolkit");

  @ArchTest
  static final ArchRule scannersKnowNothingOfPaymentsOrScreens = noClasses().that().resideInAPackage(SCANNER)
      .should().dependOnClassesThat().resideInAnyPackage(UI, CLI, BOOT, TERMINAL, SYNC, NOTIFY, SNAP, JOURNAL,
          SANDBOX, CONFIG, I18N, "javafx..")
      .because("device-drivers reads codes for any front end; the app maps its scanner description to scannerInfo");

  @ArchTest
  static final ArchRule uiTouchesNoSqlOrHttp = noClasses().that().resideInAPackage(UI)
      .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "okhttp3..")
      .because("UI code never touches SQL or HTTP: view models call use cases");

  @ArchTest
  static final ArchRule screensReadThroughUseCases = noClasses().that()
      .resideInAnyPackage("id.cpmpos.ui.checkout..", "id.cpmpos.ui.history..", "id.cpmpos.ui.status..",
          "id.cpmpos.ui.supervisor..", "id.cpmpos.ui.wallet..")
      .should().dependOnClassesThat().haveFullyQualifiedName("id.cpmpos.journal.Journal")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("id.cpmpos.sync.SyncWorker")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("id.cpmpos.sync.Reconciler")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("id.cpmpos.sync.Connectivity")
      .because("screens reach the journal and the outbox through terminal use cases (PaymentHistory, Outbox,"
          + " Reversals); journal and sync records and values only pass through");
}
