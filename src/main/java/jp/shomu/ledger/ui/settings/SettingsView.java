package jp.shomu.ledger.ui.settings;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import jp.shomu.ledger.ui.common.Messages;

/** The settings screens, one tab each: SLA targets, catalog change proposals, holidays. */
public final class SettingsView extends TabPane {
    public SettingsView(SettingsViewModel vm) {
        setId("settings");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getTabs().add(tab("settings.sla.tab", "settings-sla-tab", new SlaTargetsView(vm.sla())));
        javafx.scene.layout.VBox catalog = new javafx.scene.layout.VBox(
                6,
                new BundledCatalogNotice(vm.bundledCatalog(), "settings"),
                new ProposalsView(vm.catalog(), "catalog"));
        javafx.scene.layout.VBox.setVgrow(catalog.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        getTabs().add(tab("settings.catalog.tab", "settings-catalog-tab", catalog));
        getTabs().add(tab("settings.holidays.tab", "settings-holidays-tab", new HolidaysView(vm.holidays())));
        getStyleClass().add("settings");
        vm.refresh();
    }

    private static Tab tab(String key, String id, javafx.scene.Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setId(id);
        return t;
    }
}
