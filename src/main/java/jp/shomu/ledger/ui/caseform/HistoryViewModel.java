package jp.shomu.ledger.ui.caseform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.shomu.ledger.domain.audit.CaseHistoryEntry;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.cases.CaseDetails;
import jp.shomu.ledger.service.cases.CaseHistory;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.Messages;

/** The case's audit trail in words: when, who, what was done, and what changed. */
public final class HistoryViewModel {
    /** Audit columns that change on every save and say nothing to a reader. */
    private static final Set<String> QUIET = Set.of(
            "version",
            "updated_at",
            "warn_on",
            "start_on",
            "received_on",
            "id",
            "type_code",
            "catalog_version",
            "created_at",
            "created_by",
            "status_before_pause");

    /** One entry of the history. */
    public record Line(String when, String who, String action, String detail) {}

    private final OpenCase openCase;

    // Properties
    private final ObservableList<Line> lines = FXCollections.observableArrayList();

    HistoryViewModel(OpenCase openCase) {
        this.openCase = openCase;
        openCase.detailsProperty().addListener((obs, old, d) -> load(d));
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    // Commands

    /**
     * Shows audit entries already read (with the details they belong to); first, when older entries were moved into
     * an audit archive file, a line saying where they are.
     */
    void show(CaseHistory history) {
        var session = openCase.session();
        Catalog catalog = session.catalog(
                openCase.details() == null
                        ? session.catalog().version()
                        : openCase.details().caseFile().catalogVersion());
        List<Line> result = new ArrayList<>();
        if (!history.earlierHistory().isEmpty()) {
            result.add(new Line("", "", Messages.get("history.earlier"), history.earlierHistory()));
        }
        for (CaseHistoryEntry e : history.entries()) {
            result.add(new Line(
                    DisplayFormat.dateTime(e.at()),
                    session.staffNameByLogin(e.actor()),
                    e.action(),
                    describe(e, catalog)));
        }
        lines.setAll(result);
    }

    /**
     * Reads the history again although the case itself did not change: a link made or removed (関連付け, 後続案件) is
     * recorded in the history but leaves the case's details as they were, so their listener does not fire.
     */
    void reload() {
        if (openCase.details() != null) {
            load(openCase.details());
        }
    }

    private void load(CaseDetails d) {
        if (d == null) {
            return;
        }
        var session = openCase.session();
        long id = d.caseFile().id();
        openCase.executor()
                .run(
                        Messages.format("task.history", Long.toString(id)),
                        () -> session.history().history(session.user(), id),
                        this::show,
                        openCase::fail);
    }

    private String describe(CaseHistoryEntry e, Catalog catalog) {
        Map<String, String> v = e.after().isEmpty() ? e.before() : e.after();
        return switch (e.entity()) {
            case "case" ->
                e.before().isEmpty()
                        ? Messages.format("history.created", v.getOrDefault("subject", ""))
                        : changes(e.before(), e.after());
            case "tick" ->
                openCase.type()
                                .checklistItem(v.getOrDefault("item", ""))
                                .map(i -> i.label())
                                .orElse(v.getOrDefault("item", ""))
                        + note(v.get("note"));
            case "review" -> errors(v.getOrDefault("errors", ""), catalog) + v.getOrDefault("comment", "");
            case "pause" ->
                Messages.format(
                        "history.pause",
                        v.getOrDefault("reason", v.getOrDefault("answer", "")),
                        v.getOrDefault("addressee", ""));
            case "comment" -> v.getOrDefault("body", "");
            case "time" -> Messages.format("records.minutes", v.getOrDefault("minutes", ""));
            case "case_link" -> linkText(v);
            default -> "";
        };
    }

    /** "No.12 → No.34(親案件)": No.34 became No.12's parent (or related to it). */
    private static String linkText(Map<String, String> v) {
        String kind;
        try {
            kind = jp.shomu.ledger.domain.cases.LinkKind.of(v.get("kind")).label();
        } catch (RuntimeException e) {
            kind = v.getOrDefault("kind", "");
        }
        return Messages.format("history.link", v.getOrDefault("case", ""), v.getOrDefault("to", ""), kind);
    }

    private String changes(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<String> parts = new ArrayList<>();
        for (String k : keys) {
            String was = before.getOrDefault(k, "");
            String now = after.getOrDefault(k, "");
            if (!QUIET.contains(k) && !was.equals(now)) {
                parts.add(label(k) + ": " + value(k, was) + " → " + value(k, now));
            }
        }
        return String.join(" / ", parts);
    }

    private String label(String key) {
        if (key.startsWith("field.")) {
            return field(key).map(FieldDef::label).orElse(key);
        }
        return Messages.get("history.column." + key);
    }

    private String value(String key, String v) {
        if (v.isEmpty()) {
            return Messages.get("conflict.blank");
        }
        if (key.startsWith("field.")) {
            return field(key).map(f -> DisplayFormat.fieldValue(f, v)).orElse(v);
        }
        return switch (key) {
            case "status" -> CaseStatus.valueOf(v).label();
            case "assignee_id" -> openCase.session().staffName(Long.parseLong(v));
            case "due_on", "centre_done_on", "completed_on" -> DisplayFormat.dateShort(LocalDate.parse(v));
            default -> v;
        };
    }

    private Optional<FieldDef> field(String key) {
        return FieldInput.field(openCase.type(), key.substring("field.".length()));
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? "" : "(" + note + ")";
    }

    private static String errors(String codes, Catalog catalog) {
        if (codes.isBlank()) {
            return "";
        }
        List<String> labels = new ArrayList<>();
        for (String c : codes.split(",")) {
            labels.add(catalog.errorCategory(c).map(x -> x.label()).orElse(c));
        }
        return "【" + String.join("・", labels) + "】";
    }
}
