package id.cpmpos.ui;

import id.cpmpos.ui.checkout.CheckoutView;
import id.cpmpos.ui.checkout.CheckoutViewModel;
import id.cpmpos.ui.history.HistoryView;
import id.cpmpos.ui.settings.SettingsView;
import id.cpmpos.ui.settings.SettingsViewModel;
import id.cpmpos.ui.sound.Sounds;
import id.cpmpos.ui.status.StatusViewModel;
import javafx.scene.Node;

/**
 * One language's screens, each view with its view model, as {@link TerminalUi} wired them for
 * {@link MainWindow} to lay out and switch between.
 *
 * @param storeShown reads the shift and the day's report again (the store screen came forward)
 */
record Screens(CheckoutViewModel checkoutVm, CheckoutView checkout, HistoryView history, Node store,
    Runnable storeShown, SettingsViewModel settingsVm, SettingsView settings,
    StatusViewModel status, Sounds sounds) {}
