package jp.shomu.ledger.ui.people;

import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.SingleTab;

/** The 人員・業務量 tab (issue 17, and issue 13's roster screen): 従事者名簿 and 業務量・要員見通し, one inner tab each. */
public final class PeopleView extends TabPane {
    public static final String TAB_ID = "people-tab";

    public PeopleView(PeopleViewModel vm) {
        Tab roster = new Tab(Messages.get("people.tab.roster"), new RosterView(vm.roster()));
        roster.setId("people-roster-tab");
        Tab forecast = new Tab(Messages.get("people.tab.forecast"), new ForecastView(vm.forecast()));
        forecast.setId("people-forecast-tab");
        Tab seasonal = new Tab(
                Messages.get("people.tab.seasonal"), new jp.shomu.ledger.ui.seasonal.SeasonalSetupView(vm.seasonal()));
        seasonal.setId("people-seasonal-tab");
        getTabs().addAll(roster, forecast, seasonal);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setId("people-tabs");
    }

    /**
     * The toolbar button that opens the tab in {@code tabs} once (and brings it to the front after that), with a
     * view model made by {@code model}.
     */
    public static Button opener(TabPane tabs, Supplier<PeopleViewModel> model) {
        Button b = Controls.button(
                "people.open",
                () -> SingleTab.show(tabs, TAB_ID, "people.tab", () -> {
                    PeopleViewModel vm = model.get();
                    PeopleView view = new PeopleView(vm);
                    vm.refresh();
                    return view;
                }));
        b.setId("open-people");
        return b;
    }
}
