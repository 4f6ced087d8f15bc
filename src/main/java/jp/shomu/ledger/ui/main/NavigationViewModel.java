package jp.shomu.ledger.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import jp.shomu.ledger.domain.cases.CaseCounts;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.MajorCategory;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.service.cases.CaseBoard;
import jp.shomu.ledger.ui.common.Messages;

/**
 * The navigation: "my cases", "waiting for my check", all cases, then 大区分 → 中区分 from the catalog, each with
 * its counts of open, warning, overdue and paused cases.
 */
public final class NavigationViewModel {
    /** What a navigation entry lists. */
    public enum Kind {
        DESK,
        MINE,
        TO_CHECK,
        ALL,
        MAJOR,
        TYPE
    }

    /** One entry of the navigation tree. */
    public static final class Entry {
        private final Kind kind;
        private final String code;
        private final String name;
        private final TaskType type;
        private final List<Entry> children = new ArrayList<>();
        private final ObjectProperty<CaseCounts> counts = new SimpleObjectProperty<>(CaseCounts.NONE);

        Entry(Kind kind, String code, String name, TaskType type) {
            this.kind = kind;
            this.code = code;
            this.name = name;
            this.type = type;
        }

        public Kind kind() {
            return kind;
        }

        /** The 中区分 or 大区分 code; empty for the fixed entries. */
        public String code() {
            return code;
        }

        /** The task type of a 中区分 entry; null for the others. */
        public TaskType type() {
            return type;
        }

        public List<Entry> children() {
            return children;
        }

        public ObjectProperty<CaseCounts> countsProperty() {
            return counts;
        }

        public String label() {
            return code.isEmpty() ? name : code + " " + name;
        }

        @Override
        public String toString() {
            return label();
        }
    }

    private final List<Entry> roots = new ArrayList<>();
    private final Entry mine = new Entry(Kind.MINE, "", Messages.get("nav.mine"), null);
    private final Entry toCheck = new Entry(Kind.TO_CHECK, "", Messages.get("nav.toCheck"), null);
    private final Entry all = new Entry(Kind.ALL, "", Messages.get("nav.all"), null);
    private final Entry desk = new Entry(Kind.DESK, "", Messages.get("nav.desk"), null);

    // Properties
    private final ObjectProperty<Entry> selected = new SimpleObjectProperty<>();

    /** @param startWithMine operators start on their own cases, everyone else on all cases */
    public NavigationViewModel(Catalog catalog, boolean startWithMine) {
        this(catalog, startWithMine, false);
    }

    /** @param withDesk leaders land on their desk, listed first */
    public NavigationViewModel(Catalog catalog, boolean startWithMine, boolean withDesk) {
        if (withDesk) {
            roots.add(desk);
        }
        roots.addAll(List.of(mine, toCheck, all));
        for (MajorCategory major : catalog.majors()) {
            Entry m = new Entry(Kind.MAJOR, major.code(), major.name(), null);
            catalog.taskTypes().stream()
                    .filter(t -> t.majorCode().equals(major.code()))
                    .forEach(t -> m.children.add(new Entry(Kind.TYPE, t.code(), t.name(), t)));
            roots.add(m);
        }
        selected.set(withDesk ? desk : startWithMine ? mine : all);
    }

    public List<Entry> roots() {
        return roots;
    }

    public ObjectProperty<Entry> selectedProperty() {
        return selected;
    }

    public Entry selected() {
        return selected.get();
    }

    /** The 中区分 entry of a code. */
    public Entry type(String code) {
        return roots.stream()
                .flatMap(r -> r.children.stream())
                .filter(e -> e.code.equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** The desk's entry, or null for those without a desk. */
    public Entry desk() {
        return roots.contains(desk) ? desk : null;
    }

    // Commands

    /** The desk's counts on its entry: lines, due today or soon, overdue, waiting (paused and 保留). */
    public void applyDesk(jp.shomu.ledger.service.desk.Desk d) {
        var c = d.counts();
        desk.counts.set(new CaseCounts(
                d.lines().size(),
                c.get(jp.shomu.ledger.service.desk.DeskSection.TODAY)
                        + c.get(jp.shomu.ledger.service.desk.DeskSection.SOON),
                c.get(jp.shomu.ledger.service.desk.DeskSection.OVERDUE),
                c.get(jp.shomu.ledger.service.desk.DeskSection.PAUSED)
                        + c.get(jp.shomu.ledger.service.desk.DeskSection.HOLD)));
    }

    /** Shows fresh counts on every entry. */
    public void apply(CaseBoard board) {
        mine.counts.set(board.mine());
        toCheck.counts.set(new CaseCounts(board.awaitingMyCheck(), 0, 0, 0));
        CaseCounts total = CaseCounts.NONE;
        for (Entry root : roots.stream().filter(r -> r.kind == Kind.MAJOR).toList()) {
            CaseCounts sum = CaseCounts.NONE;
            for (Entry t : root.children) {
                t.counts.set(board.of(t.code));
                sum = sum.plus(board.of(t.code));
            }
            root.counts.set(sum);
            total = total.plus(sum);
        }
        all.counts.set(total);
    }
}
