package jp.shomu.ledger.ui.centre;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.shomu.ledger.domain.centre.Incident;
import jp.shomu.ledger.domain.centre.IncidentStatus;
import jp.shomu.ledger.service.centre.IncidentService;
import jp.shomu.ledger.ui.common.Messages;

/**
 * The handling of the selected incident: when the city was told, its impact (the task types and cases it delayed,
 * and in words), the actions, recovery, cause, 再発防止策 and status. Closing it asks first: a closed incident is
 * final.
 */
public final class IncidentEditorViewModel {
    private final CentreActions actions;
    private Incident shown;

    private final StringProperty reportedAt = new SimpleStringProperty("");
    private final StringProperty impactTypes = new SimpleStringProperty("");
    private final StringProperty impactCases = new SimpleStringProperty("");
    private final StringProperty impact = new SimpleStringProperty("");
    private final StringProperty handling = new SimpleStringProperty("");
    private final StringProperty recoveredAt = new SimpleStringProperty("");
    private final StringProperty cause = new SimpleStringProperty("");
    private final StringProperty prevention = new SimpleStringProperty("");
    private final ObjectProperty<IncidentStatus> status = new SimpleObjectProperty<>(IncidentStatus.OPEN);

    IncidentEditorViewModel(CentreActions actions) {
        this.actions = actions;
    }

    /** Shows an incident's handling (null: clears the form). */
    public void show(Incident i) {
        shown = i;
        reportedAt.set(i == null ? "" : CentreText.dateTime(i.reportedAt()));
        impactTypes.set(i == null ? "" : String.join(",", i.impactTypes()));
        impactCases.set(
                i == null
                        ? ""
                        : String.join(
                                ",",
                                i.impactCases().stream().map(String::valueOf).toList()));
        impact.set(i == null ? "" : i.impact());
        handling.set(i == null ? "" : i.actions());
        recoveredAt.set(i == null ? "" : CentreText.dateTime(i.recoveredAt()));
        cause.set(i == null ? "" : i.cause());
        prevention.set(i == null ? "" : i.prevention());
        status.set(i == null ? IncidentStatus.OPEN : i.status());
    }

    public List<IncidentStatus> statuses() {
        return Arrays.asList(IncidentStatus.values());
    }

    /** Saves what changed: the report to the city, the impact, then the handling and status (closing last). */
    public void save() {
        Incident i = shown;
        if (i == null) {
            actions.sayKey("centre.selectFirst");
            return;
        }
        if (status.get() == IncidentStatus.CLOSED
                && i.status() != IncidentStatus.CLOSED
                && !actions.confirm("centre.incident.confirmClose", Long.toString(i.id()))) {
            return;
        }
        String reported = reportedAt.get().strip();
        String recovered = recoveredAt.get().strip();
        List<String> types = CentreText.list(impactTypes.get());
        List<Long> cases =
                CentreText.list(impactCases.get()).stream().map(Long::valueOf).toList();
        var me = actions.me();
        IncidentService s = new IncidentService(actions.ctx());
        actions.save(
                () -> {
                    Incident now = i;
                    LocalDateTime told = reported.isEmpty() ? null : CentreText.parseDateTime(reported);
                    if (told != null && !told.equals(now.reportedAt())) {
                        now = s.reportedToCity(me, now.id(), now.version(), told);
                    }
                    if (!types.equals(now.impactTypes()) || !cases.equals(now.impactCases())) {
                        now = s.setImpact(me, now.id(), now.version(), types, cases);
                    }
                    return s.saveHandling(
                            me,
                            now.id(),
                            now.version(),
                            impact.get(),
                            handling.get(),
                            recovered.isEmpty() ? null : CentreText.parseDateTime(recovered),
                            cause.get(),
                            prevention.get(),
                            status.get());
                },
                saved -> Messages.format(
                        "centre.incident.saved",
                        Long.toString(saved.id()),
                        saved.status().label(),
                        Objects.toString(
                                saved.reportDelay().map(Incident::formatDelay).orElse(null),
                                Messages.get("centre.unreported"))));
    }

    public StringProperty reportedAtProperty() {
        return reportedAt;
    }

    public StringProperty impactTypesProperty() {
        return impactTypes;
    }

    public StringProperty impactCasesProperty() {
        return impactCases;
    }

    public StringProperty impactProperty() {
        return impact;
    }

    public StringProperty handlingProperty() {
        return handling;
    }

    public StringProperty recoveredAtProperty() {
        return recoveredAt;
    }

    public StringProperty causeProperty() {
        return cause;
    }

    public StringProperty preventionProperty() {
        return prevention;
    }

    public ObjectProperty<IncidentStatus> statusProperty() {
        return status;
    }
}
