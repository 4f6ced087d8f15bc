package jp.shomu.ledger.ui.common;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * A screen the toolbar opens in a tab of its own, once: the first press adds the tab, later presses bring the same
 * tab to the front, so a second press never builds a second copy of the screen.
 */
public final class SingleTab {
    private SingleTab() {}

    /** Brings the tab with {@code id} to the front, adding it (titled by {@code titleKey}) if it is not open yet. */
    public static Tab show(TabPane tabs, String id, String titleKey, Supplier<Node> content) {
        Tab tab = tabs.getTabs().stream()
                .filter(t -> id.equals(t.getId()))
                .findFirst()
                .orElseGet(() -> {
                    Tab t = new Tab(Messages.get(titleKey), content.get());
                    t.setId(id);
                    tabs.getTabs().add(t);
                    return t;
                });
        tabs.getSelectionModel().select(tab);
        return tab;
    }
}
