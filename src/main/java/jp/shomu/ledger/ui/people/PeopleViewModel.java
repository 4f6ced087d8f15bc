package jp.shomu.ledger.ui.people;

import jp.shomu.ledger.ui.common.DialogService;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/** The 人員・業務量 tab: the roster, the workload forecast and the seasonal calendar's setup, read when the tab opens. */
public final class PeopleViewModel {
    private final RosterViewModel roster;
    private final ForecastViewModel forecast;
    private final jp.shomu.ledger.ui.seasonal.SeasonalSetupViewModel seasonal;

    public PeopleViewModel(Session session, TaskExecutor executor, DialogService dialogs) {
        this.roster = new RosterViewModel(session, executor, dialogs);
        this.forecast = new ForecastViewModel(session, executor, dialogs);
        this.seasonal = new jp.shomu.ledger.ui.seasonal.SeasonalSetupViewModel(session, executor, dialogs);
    }

    public RosterViewModel roster() {
        return roster;
    }

    public ForecastViewModel forecast() {
        return forecast;
    }

    public jp.shomu.ledger.ui.seasonal.SeasonalSetupViewModel seasonal() {
        return seasonal;
    }

    // Commands

    public void refresh() {
        roster.refresh();
        forecast.refresh();
        seasonal.refresh();
    }
}
