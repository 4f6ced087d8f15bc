package jp.shomu.ledger.ui.centre;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import jp.shomu.ledger.domain.centre.Deliverable;
import jp.shomu.ledger.domain.centre.Incident;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.centre.DeliverableService;
import jp.shomu.ledger.service.centre.IncidentService;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * The warnings on a leader's and manager's window: personal-information incidents not yet reported to the city (shown
 * until they are, 取扱仕様書 10) and deliverables due within five business days or overdue. Operators and auditors
 * see neither.
 */
public final class CentreAlertsViewModel {
    private static final int LISTED = 3;

    private final Session session;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper personalInformation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dueSoon = new ReadOnlyStringWrapper("");

    public CentreAlertsViewModel(Session session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
    }

    /** Empty while nothing is flagged, or for people who are not leaders or managers. */
    public ReadOnlyStringProperty personalInformationProperty() {
        return personalInformation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dueSoonProperty() {
        return dueSoon.getReadOnlyProperty();
    }

    /** Whether this person gets the warnings: those who keep the centre's records (leaders, managers). */
    public boolean shown() {
        return session.can(Action.CENTRE_RECORDS);
    }

    // Commands

    public void refresh() {
        if (!shown()) {
            personalInformation.set("");
            dueSoon.set("");
            return;
        }
        StaffMember me = session.user();
        executor.run(
                Messages.get("task.centreAlerts"),
                () -> new Alerts(
                        new IncidentService(session.context()).flagged(me),
                        new DeliverableService(session.context()).dueSoon(me)),
                this::show,
                e -> personalInformation.set(""));
    }

    private record Alerts(List<Incident> flagged, List<Deliverable> due) {}

    private void show(Alerts a) {
        personalInformation.set(
                a.flagged().isEmpty()
                        ? ""
                        : Messages.format(
                                "centre.alert.personal",
                                Integer.toString(a.flagged().size()),
                                String.join(
                                        "、",
                                        a.flagged().stream()
                                                .map(i -> "第" + i.id() + "号 " + i.summary())
                                                .toList())));
        if (a.due().isEmpty()) {
            dueSoon.set("");
            return;
        }
        List<String> names = a.due().stream()
                .limit(LISTED)
                .map(d -> d.name() + " " + d.period() + "(" + DisplayFormat.dateShort(d.due())
                        + (d.due().isBefore(session.today()) ? " 期日超過" : "") + ")")
                .toList();
        dueSoon.set(Messages.format(
                "centre.alert.due",
                Integer.toString(a.due().size()),
                String.join("、", names) + (a.due().size() > LISTED ? " ほか" : "")));
    }
}
