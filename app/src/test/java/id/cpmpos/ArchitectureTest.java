package id.cpmpos;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import id.cpmpos.terminal.Outbox;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The package arrows of the README's "How it is built", enforced. Every class of the terminal must
 * sit in a layer (a new package fails here until it is given one), each layer names who may use it,
 * and no two packages depend on each other in a circle. Nested types count as their outer class's.
 */
@AnalyzeClasses(packages = "id.cpmpos", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchRule layers = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .ensureAllClassesAreContainedInArchitecture()
      .layer("Launcher").definedBy("id.cpmpos")
      .layer("Ui").definedBy("id.cpmpos.ui..")
      .layer("Cli").definedBy("id.cpmpos.cli..")
      .layer("Support").definedBy("id.cpmpos.support..")
      .layer("Doctor").definedBy("id.cpmpos.doctor..")
      .layer("Boot").definedBy("id.cpmpos.boot..")
      .layer("Terminal").definedBy("id.cpmpos.terminal..")
      .layer("Sync").definedBy("id.cpmpos.sync..")
      .layer("Chain").definedBy("id.cpmpos.chain..")
      .layer("Notify").definedBy("id.cpmpos.notify..")
      .layer("Sandbox").definedBy("id.cpmpos.sandbox..")
      .layer("Snap").definedBy("id.cpmpos.snap..")
      .layer("Journal").definedBy("id.cpmpos.journal..")
      .layer("Report").definedBy("id.cpmpos.report..")
      .layer("Receipt").definedBy("id.cpmpos.receipt..")
      .layer("Config").definedBy("id.cpmpos.config..")
      .layer("I18n").definedBy("id.cpmpos.i18n..")
      .layer("Scanner").definedBy("id.cpmpos.scanner..")
      .layer("Logging").definedBy("id.cpmpos.logging..")
      .layer("Background").definedBy("id.cpmpos.background..")

      .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
      .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
      .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
      .whereLayer("Support").mayOnlyBeAccessedByLayers("Cli")
      .whereLayer("Doctor").mayOnlyBeAccessedByLayers("Cli", "Support")
      .whereLayer("Boot").mayOnlyBeAccessedByLayers("Launcher", "Ui", "Cli", "Doctor", "Support")
      .whereLayer("Terminal").mayOnlyBeAccessedByLayers("Launcher", "Ui", "Cli", "Boot")
      .whereLayer("Sync").mayOnlyBeAccessedByLayers("Ui", "Cli", "Boot", "Terminal")
      // The chain ledger (PostgreSQL) is wired in by the composition root and hq's command only: a terminal
      // without a chain works exactly as before, and the sync worker merely wakes the replicator.
      .whereLayer("Chain").mayOnlyBeAccessedByLayers("Cli", "Boot")
      .whereLayer("Notify").mayOnlyBeAccessedByLayers("Cli", "Boot", "Chain")
      .whereLayer("Sandbox").mayOnlyBeAccessedByLayers("Ui", "Cli", "Boot")
      .whereLayer("Snap")
      .mayOnlyBeAccessedByLayers("Ui", "Cli", "Boot", "Terminal", "Sync", "Notify", "Chain",
          "Sandbox", "Doctor", "Support")
      .whereLayer("Journal")
      .mayOnlyBeAccessedByLayers("Ui", "Cli", "Boot", "Terminal", "Sync", "Notify", "Chain",
          "Doctor", "Support")
      .whereLayer("Report")
      .mayOnlyBeAccessedByLayers("Ui", "Cli", "Boot", "Terminal", "Journal", "Receipt", "Chain",
          "Doctor", "Support")
      .whereLayer("Receipt").mayOnlyBeAccessedByLayers("Ui", "Cli", "Boot", "Terminal")
      .whereLayer("Config")
      .mayOnlyBeAccessedByLayers("Launcher", "Ui", "Cli", "Boot", "Terminal", "Chain", "Doctor",
          "Support")
      .whereLayer("I18n")
      .mayOnlyBeAccessedByLayers("Launcher", "Ui", "Cli", "Boot", "Terminal", "Doctor", "Support")
      .whereLayer("Scanner")
      .mayOnlyBeAccessedByLayers("Ui", "Cli", "Boot", "Terminal", "Doctor", "Support")
      // The log mask is below everything: any layer may register a secret with it; it uses none.
      .whereLayer("Logging")
      .mayOnlyBeAccessedByLayers("Launcher", "Ui", "Cli", "Boot", "Terminal", "Sync", "Notify",
          "Sandbox", "Snap", "Journal", "Report", "Receipt", "Chain", "Support", "Doctor")
      // The one repeating background thread, below the two loops that run on it; it uses nothing.
      .whereLayer("Background").mayOnlyBeAccessedByLayers("Sync", "Chain")
      .because(
          "arrows point one way: front ends over the composition root over the use cases over the outbox and"
              + " the receiver over the wire protocol and the journal; the journal never calls the network, the"
              + " protocol client never touches the journal, and device-drivers knows nothing of payments");

  @ArchTest static final ArchRule noCycles = slices().matching("id.cpmpos.(*)..").should()
      .beFreeOfCycles()
      .because("a cycle between two packages makes them one concern in two places");

  @ArchTest static final ArchRule reportsArePlainValues = noClasses().that()
      .resideInAPackage("id.cpmpos.report..")
      .should().dependOnClassesThat().resideInAnyPackage("id.cpmpos.journal..", "java.sql..")
      .because(
          "a report's totals fold the same from this terminal's journal or from a store of many terminals");

  @ArchTest static final ArchRule javafxOnlyInTheUi = noClasses().that()
      .resideOutsideOfPackages("id.cpmpos.ui..", "id.cpmpos")
      .should().dependOnClassesThat().resideInAPackage("javafx..")
      .because(
          "the FX thread only renders: services, the CLI and tests of logic run without a toolkit");

  @ArchTest static final ArchRule uiTouchesNoSqlOrHttp = noClasses().that()
      .resideInAPackage("id.cpmpos.ui..")
      .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "okhttp3..")
      .because("UI code never touches SQL or HTTP: view models call use cases");

  @ArchTest static final ArchRule screensReadThroughUseCases = noClasses().that()
      .resideInAPackage("id.cpmpos.ui..").and()
      .resideOutsideOfPackages("id.cpmpos.ui", "id.cpmpos.ui.status..")
      .should()
      .dependOnClassesThat(
          areOrAreNestedIn("id.cpmpos.journal.Journal", "id.cpmpos.sync.SyncWorker",
              "id.cpmpos.sync.Reconciler", "id.cpmpos.sync.Connectivity"))
      .because(
          "screens reach the journal and the outbox through terminal use cases (PaymentHistory, Outbox,"
              + " Reversals); journal and sync records and values only pass through. The status bar (ui.status)"
              + " watches the worker and the connection itself");

  @ArchTest static final ArchRule onlyTheCompositionRootListensToTheOutbox = noClasses().that()
      .resideInAPackage("id.cpmpos.ui..").and()
      .doNotHaveFullyQualifiedName("id.cpmpos.ui.TerminalUi")
      .should().callMethod(Outbox.class, "onPass", Consumer.class)
      .orShould().callMethod(Outbox.class, "onConnectivityChange", Consumer.class)
      .because(
          "the sync worker lives as long as the terminal and its listeners cannot be removed: a screen that"
              + " listened itself would stay reachable, and keep being told, after a language switch rebuilt it");

  @ArchTest static final ArchRule viewModelsLeaveTheFxThreadThroughTheTaskExecutor = noClasses()
      .that()
      .resideInAPackage("id.cpmpos.ui..").and().haveSimpleNameEndingWith("ViewModel")
      .should().dependOnClassesThat().belongToAnyOf(Executor.class,
          ExecutorService.class, Platform.class, Thread.class)
      .because(
          "a view model runs work off the FX thread and hears back on it only through ui.TaskExecutor, which"
              + " drops work once the window is closing and which tests give direct executors");

  /** Matches the named classes and every type nested in them (SyncWorker.Pass is SyncWorker's). */
  private static DescribedPredicate<JavaClass> areOrAreNestedIn(String... names) {
    return DescribedPredicate.describe("are or are nested in " + String.join(", ", names),
        c -> Arrays.stream(names)
            .anyMatch(n -> c.getName().equals(n) || c.getName().startsWith(n + "$")));
  }
}
