package jp.shomu.ledger.ui.caseform;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.shomu.ledger.domain.cases.CasePause;
import jp.shomu.ledger.domain.cases.Review;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.service.cases.CaseDetails;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.Messages;

/**
 * What has been recorded on the case besides its fields: double checks with their error categories, pauses with
 * their reasons and answers, minutes worked, and comments — with the inputs to log time and write a comment.
 */
public final class CaseRecordsViewModel {
    /** One line of a record list: when, who, what, and the details. */
    public record Line(String when, String who, String what, String detail) {}

    private final OpenCase openCase;

    // Properties
    private final ObservableList<Line> checks = FXCollections.observableArrayList();
    private final ObservableList<Line> pauses = FXCollections.observableArrayList();
    private final ObservableList<Line> work = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper totalMinutes = new ReadOnlyStringWrapper("");
    private final StringProperty minutes = new SimpleStringProperty("");
    private final StringProperty comment = new SimpleStringProperty("");
    private final BooleanBinding canLogTime;
    private final BooleanBinding canComment;

    CaseRecordsViewModel(OpenCase openCase) {
        this.openCase = openCase;
        boolean mayEdit = openCase.session().can(Action.EDIT_CASE);
        canLogTime = Bindings.createBooleanBinding(
                () -> mayEdit && openCase.details() != null && parseMinutes() > 0, minutes, openCase.detailsProperty());
        canComment = Bindings.createBooleanBinding(
                () -> mayEdit && openCase.details() != null && !comment.get().isBlank(),
                comment,
                openCase.detailsProperty());
        openCase.detailsProperty().addListener((obs, old, d) -> show(d));
    }

    public ObservableList<Line> checks() {
        return checks;
    }

    public ObservableList<Line> pauses() {
        return pauses;
    }

    /** Minutes logged and comments, in the order they were written. */
    public ObservableList<Line> work() {
        return work;
    }

    public ReadOnlyStringProperty totalMinutesProperty() {
        return totalMinutes.getReadOnlyProperty();
    }

    public StringProperty minutesProperty() {
        return minutes;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public BooleanBinding canLogTimeProperty() {
        return canLogTime;
    }

    public BooleanBinding canCommentProperty() {
        return canComment;
    }

    // Commands

    /** Logs the minutes typed as worked today by this person. */
    public void logTime() {
        int m = parseMinutes();
        if (!canLogTime.get()) {
            return;
        }
        var session = openCase.session();
        long id = openCase.idProperty().get();
        openCase.change(Messages.get("task.logTime"), () -> {
            session.workflow().logTime(session.user(), id, session.today(), m);
            return null;
        });
        minutes.set("");
    }

    public void addComment() {
        if (!canComment.get()) {
            return;
        }
        var session = openCase.session();
        long id = openCase.idProperty().get();
        String body = comment.get();
        openCase.change(Messages.get("task.comment"), () -> {
            session.workflow().comment(session.user(), id, body);
            return null;
        });
        comment.set("");
    }

    private int parseMinutes() {
        String t = Normalizer.normalize(minutes.get(), Normalizer.Form.NFKC).strip();
        return t.matches("\\d{1,4}") ? Integer.parseInt(t) : -1;
    }

    private void show(CaseDetails d) {
        if (d == null) {
            return;
        }
        var catalog = openCase.session().catalog(d.caseFile().catalogVersion());
        checks.setAll(d.reviews().stream()
                .map(r -> new Line(
                        DisplayFormat.dateTime(r.reviewedAt()),
                        d.staffName(r.reviewerId()),
                        r.outcome().label(),
                        categories(r, catalog) + r.comment()))
                .toList());
        pauses.setAll(d.pauses().stream()
                .map(p -> new Line(
                        period(p),
                        d.staffName(p.startedBy()),
                        p.kind().label(),
                        Messages.format("records.pause", p.reason(), p.addressee(), p.answer())))
                .toList());
        var lines = new ArrayList<Line>();
        d.timeEntries()
                .forEach(t -> lines.add(new Line(
                        DisplayFormat.dateShort(t.workDate()),
                        d.staffName(t.staffId()),
                        Messages.get("records.time"),
                        Messages.format("records.minutes", Integer.toString(t.minutes())))));
        d.comments().stream()
                .sorted(Comparator.comparing(c -> c.writtenAt()))
                .forEach(c -> lines.add(new Line(
                        DisplayFormat.dateTime(c.writtenAt()),
                        d.staffName(c.authorId()),
                        Messages.get("records.comment"),
                        c.body())));
        work.setAll(lines);
        totalMinutes.set(Messages.format("records.total", Integer.toString(d.minutesLogged())));
    }

    private static String categories(Review r, Catalog catalog) {
        if (r.errorCategories().isEmpty()) {
            return "";
        }
        return "【"
                + r.errorCategories().stream()
                        .map(code ->
                                catalog.errorCategory(code).map(e -> e.label()).orElse(code))
                        .collect(Collectors.joining("・"))
                + "】";
    }

    private static String period(CasePause p) {
        return DisplayFormat.dateShort(p.startedOn()) + "〜" + DisplayFormat.dateShort(p.endedOn());
    }
}
