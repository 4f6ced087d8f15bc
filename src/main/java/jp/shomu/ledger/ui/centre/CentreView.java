package jp.shomu.ledger.ui.centre;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import jp.shomu.ledger.ui.common.Messages;

/** The センター業務 tab: incidents, improvements, meetings, deliverables and the SLA agreement, one inner tab each. */
public final class CentreView extends BorderPane {
    public CentreView(CentreViewModel vm) {
        TabPane tabs = new TabPane(
                tab("centre.tab.incidents", new IncidentsPane(vm)),
                tab("centre.tab.improvements", new ImprovementsPane(vm)),
                tab("centre.tab.meetings", new MeetingsPane(vm)),
                tab("centre.tab.deliverables", new DeliverablesPane(vm)),
                tab("centre.tab.sla", new SlaAgreementPane(vm)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("centre-tabs");
        Label status = new Label();
        status.setId("centre-status");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("status-bar");
        setId("centre");
        setCenter(tabs);
        setBottom(status);
    }

    private static Tab tab(String key, Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setId(key.replace('.', '-'));
        return t;
    }
}
