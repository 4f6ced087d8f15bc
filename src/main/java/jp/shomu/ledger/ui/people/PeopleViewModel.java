package jp.shomu.ledger.ui.people;

import jp.shomu.ledger.ui.common.DialogService;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/** The 人員・業務量 tab: the roster and the workload forecast, read when the tab opens. */
public final class PeopleViewModel {
    private final RosterViewModel roster;
    private final ForecastViewModel forecast;

    public PeopleViewModel(Session session, TaskExecutor executor, DialogService dialogs) {
        this.roster = new RosterViewModel(session, executor, dialogs);
        this.forecast = new ForecastViewModel(session, executor, dialogs);
    }

    public RosterViewModel roster() {
        return roster;
    }

    public ForecastViewModel forecast() {
        return forecast;
    }

    // Commands

    public void refresh() {
        roster.refresh();
        forecast.refresh();
    }
}
