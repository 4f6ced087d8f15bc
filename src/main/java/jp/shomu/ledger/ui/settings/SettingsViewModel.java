package jp.shomu.ledger.ui.settings;

import jp.shomu.ledger.domain.changes.ChangeKind;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.ui.common.DialogService;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/** The leaders' settings screens: SLA targets, catalog change proposals, holidays (the roster is ui.people's). */
public final class SettingsViewModel {
    private final SlaTargetsViewModel sla;
    private final ProposalsViewModel catalog;
    private final HolidaysViewModel holidays;
    private final BundledCatalogNoticeViewModel bundledCatalog;

    public SettingsViewModel(Session session, TaskExecutor executor, DialogService dialogs) {
        this.sla = new SlaTargetsViewModel(
                session, executor, dialogs, new ProposalsViewModel(session, executor, dialogs, ChangeKind.SLA_TARGETS));
        this.catalog = new ProposalsViewModel(session, executor, dialogs, ChangeKind.CATALOG);
        this.holidays = new HolidaysViewModel(session, executor, dialogs);
        this.bundledCatalog = new BundledCatalogNoticeViewModel(session, executor, dialogs, catalog::refresh);
    }

    /** For 業務責任者 and 管理責任者: those who propose and approve changes and keep the calendar. */
    public static boolean offeredTo(Session session) {
        return session.can(Action.APPROVE_CHANGE) && session.can(Action.MANAGE_CALENDAR);
    }

    public SlaTargetsViewModel sla() {
        return sla;
    }

    public ProposalsViewModel catalog() {
        return catalog;
    }

    public HolidaysViewModel holidays() {
        return holidays;
    }

    /** The notice of a newer catalog in the app (the main window's banner and the catalog tab show it). */
    public BundledCatalogNoticeViewModel bundledCatalog() {
        return bundledCatalog;
    }

    public void refresh() {
        sla.refresh();
        catalog.refresh();
        holidays.refresh();
        bundledCatalog.refresh();
    }
}
