package jp.shomu.ledger.ui.caseform;

import java.util.Comparator;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CaseRules;
import jp.shomu.ledger.domain.cases.CaseSla;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.LegalDue;
import jp.shomu.ledger.domain.cases.Review;
import jp.shomu.ledger.domain.cases.ReviewOutcome;
import jp.shomu.ledger.domain.catalog.ErrorCategory;
import jp.shomu.ledger.service.cases.CaseDetails;
import jp.shomu.ledger.service.tables.MonthEndCases;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.SlaBadge;

/** The case form's header line: number and subject, type, status, the centre's SLA, due date, who works on it. */
public final class CaseHeaderModel {
    private final OpenCase openCase;

    // Properties
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty typeText = new SimpleStringProperty();
    private final StringProperty statusText = new SimpleStringProperty("");
    private final ObjectProperty<SlaBadge> sla = new SimpleObjectProperty<>(SlaBadge.NONE);
    private final StringProperty dueText = new SimpleStringProperty("");
    private final StringProperty peopleText = new SimpleStringProperty("");
    private final StringProperty sendBackText = new SimpleStringProperty("");
    private final StringProperty tableMonth = new SimpleStringProperty("");

    CaseHeaderModel(OpenCase openCase) {
        this.openCase = openCase;
        typeText.set(openCase.type().code() + " " + openCase.type().name());
        title.set(Messages.format("form.newTitle", openCase.type().code()));
        openCase.detailsProperty().addListener((obs, old, d) -> show(d));
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty typeTextProperty() {
        return typeText;
    }

    public StringProperty statusTextProperty() {
        return statusText;
    }

    public ObjectProperty<SlaBadge> slaProperty() {
        return sla;
    }

    public StringProperty dueTextProperty() {
        return dueText;
    }

    public StringProperty peopleTextProperty() {
        return peopleText;
    }

    /** Why the case came back from the double check — categories, comment, who and when — until it is asked again. */
    public StringProperty sendBackTextProperty() {
        return sendBackText;
    }

    /** The table and month ("6-2 2027-03") a table's month-end case was made for; empty for other cases. */
    public StringProperty tableMonthProperty() {
        return tableMonth;
    }

    private void showTableMonth(long caseId) {
        var session = openCase.session();
        openCase.executor()
                .run(
                        Messages.get("table.task.load"),
                        () -> new MonthEndCases(session.context()).tableOf(session.user(), caseId),
                        t -> tableMonth.set(t.orElse("")),
                        e -> tableMonth.set(""));
    }

    private void show(CaseDetails d) {
        if (d == null) {
            return;
        }
        var session = openCase.session();
        CaseFile c = d.caseFile();
        title.set(Messages.format("form.title", Long.toString(c.id()), c.subject()));
        statusText.set(c.status().label());
        sla.set(SlaBadge.of(
                CaseSla.of(c.status(), c.dueOn(), c.warnOn(), c.centreDoneOn(), session.today()), c.status()));
        dueText.set(
                c.dueOn() == null
                        ? Messages.get("form.noDue")
                        : Messages.format(
                                "form.due", DisplayFormat.date(c.dueOn()), DisplayFormat.date(c.receivedOn())));
        LegalDue.of(d.type(), c)
                .ifPresent(legal -> dueText.set(dueText.get()
                        + Messages.format(
                                legal.isBefore(session.today()) && !c.status().isClosed()
                                        ? "calc.legalDueOver"
                                        : "calc.legalDue",
                                DisplayFormat.date(legal))));
        peopleText.set(Messages.format(
                "form.people",
                session.staffName(c.assigneeId()),
                session.staffName(CaseRules.maker(c)),
                Integer.toString(c.sendBackCount()),
                Integer.toString(d.minutesLogged()),
                Long.toString(c.version())));
        sendBackText.set(sendBackOf(d));
        if (openCase.type().tableWork()) {
            showTableMonth(c.id());
        }
    }

    private String sendBackOf(CaseDetails d) {
        CaseFile c = d.caseFile();
        Review last = d.reviews().stream()
                .max(Comparator.comparing(Review::reviewedAt).thenComparing(Review::id))
                .orElse(null);
        if (last == null
                || last.outcome() != ReviewOutcome.SENT_BACK
                || c.status() == CaseStatus.AWAITING_CHECK
                || c.status().isClosed()) {
            return "";
        }
        var catalog = openCase.session().catalog(c.catalogVersion());
        String categories = last.errorCategories().stream()
                .map(code ->
                        catalog.errorCategory(code).map(ErrorCategory::label).orElse(code))
                .collect(Collectors.joining("、"));
        return Messages.format(
                "form.sentBackReason",
                categories,
                last.comment(),
                d.staffName(last.reviewerId()),
                DisplayFormat.dateTime(last.reviewedAt()));
    }
}
