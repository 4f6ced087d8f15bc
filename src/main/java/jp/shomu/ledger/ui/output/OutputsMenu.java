package jp.shomu.ledger.ui.output;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyEvent;
import jp.shomu.ledger.ui.common.Messages;

/** The 帳票(R) menu button of the toolbar; each item shows only for people who may use it. */
public final class OutputsMenu extends MenuButton {
    public OutputsMenu(OutputsViewModel vm) {
        super(Messages.get("output.menu"));
        setId("outputs-menu");
        setMnemonicParsing(true);
        getItems()
                .addAll(
                        item(
                                "output.monthly.menu",
                                "menu-monthly-report",
                                vm.monthlyReportOfferedProperty(),
                                vm::monthlyReport),
                        item("output.export.menu", "menu-export", vm.exportOfferedProperty(), vm::export),
                        item("output.handover.menu", "menu-handover", vm.handoverOfferedProperty(), vm::handover),
                        item("import.menu", "menu-import", vm.importOfferedProperty(), vm::importCases));
        visibleProperty()
                .bind(vm.monthlyReportOfferedProperty()
                        .or(vm.exportOfferedProperty())
                        .or(vm.handoverOfferedProperty())
                        .or(vm.importOfferedProperty()));
        managedProperty().bind(visibleProperty());
        showingProperty().addListener((obs, was, now) -> {
            if (now && !getItems().isEmpty() && getItems().get(0).getParentPopup() != null) {
                ContextMenu popup = getItems().get(0).getParentPopup();
                if (!popup.getProperties().containsKey(MNEMONICS)) {
                    popup.getProperties().put(MNEMONICS, true);
                    popup.addEventFilter(KeyEvent.KEY_PRESSED, this::runByMnemonic);
                }
            }
        });
    }

    private static final String MNEMONICS = "shomu.mnemonics";

    /** Alt+G, then M runs 月次報告書の作成: the letter in (_M) of a shown item runs it, as on a menu bar. */
    private void runByMnemonic(KeyEvent e) {
        String letter = e.getCode().getChar();
        if (letter == null || letter.length() != 1 || !Character.isLetter(letter.charAt(0))) {
            return;
        }
        for (MenuItem item : getItems()) {
            if (item.isVisible() && !item.isDisable() && item.getText().contains("(_" + letter.toUpperCase() + ")")) {
                e.consume();
                hide();
                item.fire();
                return;
            }
        }
    }

    private static MenuItem item(String key, String id, ObservableBooleanValue offered, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(id);
        item.setMnemonicParsing(true);
        item.visibleProperty().bind(offered);
        item.setOnAction(e -> action.run());
        return item;
    }
}
