package jp.shomu.ledger.ui.caseform.conflict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.Messages;

/**
 * A save that lost the race: someone else saved the case after this form loaded it. Shows, per item where their
 * saved value and this form's value differ, both values, and lets the person choose. Where only one side changed an
 * item the choice starts on that side; where both did, nothing is chosen until the person decides.
 */
public final class ConflictViewModel {
    public static final String SUBJECT_KEY = "subject";
    /** The one item of an assignment's conflict. */
    public static final String ASSIGNEE_KEY = "assignee";
    /**
     * A base value the form no longer knows (a draft restored over a newer save): both sides count as changed, so
     * nothing is chosen until the person decides. No saved value can equal it.
     */
    public static final String UNKNOWN = "\u0000";

    /** Which value to keep for one item. */
    public enum Side {
        THEIRS,
        MINE
    }

    /** How the person settled the conflict. */
    public enum Resolution {
        SAVE_CHOSEN,
        DISCARD_MINE,
        CANCEL
    }

    /** One item whose saved value differs from this form's. */
    public static final class Row {
        private final String key;
        private final String label;
        private final String theirs;
        private final String mine;
        private final String theirsText;
        private final String mineText;
        private final boolean bothChanged;
        private final ObjectProperty<Side> choice = new SimpleObjectProperty<>();

        Row(
                String key,
                String label,
                String theirs,
                String mine,
                String theirsText,
                String mineText,
                boolean bothChanged,
                Side preset) {
            this.key = key;
            this.label = label;
            this.theirs = theirs;
            this.mine = mine;
            this.theirsText = theirsText;
            this.mineText = mineText;
            this.bothChanged = bothChanged;
            choice.set(preset);
        }

        public String label() {
            return label;
        }

        public String theirsText() {
            return theirsText;
        }

        public String mineText() {
            return mineText;
        }

        public boolean bothChanged() {
            return bothChanged;
        }

        public ObjectProperty<Side> choiceProperty() {
            return choice;
        }

        String chosen() {
            return choice.get() == Side.MINE ? mine : theirs;
        }
    }

    private final long theirVersion;
    private final String statusNote;
    private final String changedBy;
    private final List<Row> rows = new ArrayList<>();
    private final ReadOnlyBooleanWrapper resolvable = new ReadOnlyBooleanWrapper(true);

    /**
     * @param base   the values this form loaded: "subject" and each field key, canonical
     * @param theirs the case as now saved
     * @param mine   this form's values: "subject" and each field key, canonical
     */
    public ConflictViewModel(
            List<FieldDef> fields,
            Map<String, String> base,
            CaseFile theirs,
            Map<String, String> mine,
            CaseStatus baseStatus) {
        this(theirs, baseStatus, "");
        addRow(
                SUBJECT_KEY,
                Messages.get("form.subject"),
                null,
                base.get(SUBJECT_KEY),
                theirs.subject(),
                mine.get(SUBJECT_KEY));
        for (FieldDef f : fields) {
            addRow(f.key(), f.label(), f, base.get(f.key()), theirs.field(f.key()), mine.get(f.key()));
        }
    }

    private ConflictViewModel(CaseFile theirs, CaseStatus baseStatus, String changedBy) {
        this.theirVersion = theirs.version();
        this.changedBy = changedBy;
        statusNote = theirs.status() == baseStatus
                ? ""
                : Messages.format(
                        "conflict.statusChanged",
                        baseStatus.label(),
                        theirs.status().label());
    }

    /**
     * An assignment that lost the race (the desk): the assignee is the one item, names are shown, and the note says
     * who saved the case last. Choosing "mine" re-applies the assignment over their version.
     *
     * @param changedBy who saved the case after the desk read it, and when, in words
     */
    public static ConflictViewModel forAssignment(
            CaseFile theirs,
            CaseStatus baseStatus,
            String baseAssignee,
            String theirAssignee,
            String mineAssignee,
            String changedBy) {
        ConflictViewModel vm = new ConflictViewModel(theirs, baseStatus, changedBy);
        vm.addRow(ASSIGNEE_KEY, Messages.get("list.col.assignee"), null, baseAssignee, theirAssignee, mineAssignee);
        return vm;
    }

    private void addRow(String key, String label, FieldDef def, String base, String theirs, String mine) {
        String b = nz(base);
        String t = nz(theirs);
        String m = nz(mine);
        if (t.equals(m)) {
            return;
        }
        boolean theyChanged = !t.equals(b);
        boolean iChanged = !m.equals(b);
        Side preset = theyChanged && iChanged ? null : iChanged ? Side.MINE : Side.THEIRS;
        Row row = new Row(key, label, t, m, show(def, t), show(def, m), theyChanged && iChanged, preset);
        rows.add(row);
        row.choice.addListener((obs, old, now) -> resolvable.set(rows.stream().allMatch(r -> r.choice.get() != null)));
        resolvable.set(rows.stream().allMatch(r -> r.choice.get() != null));
    }

    private static String show(FieldDef def, String value) {
        if (value.isEmpty()) {
            return Messages.get("conflict.blank");
        }
        return def == null ? value : DisplayFormat.fieldValue(def, value);
    }

    private static String nz(String s) {
        return Objects.requireNonNullElse(s, "");
    }

    // Properties

    public List<Row> rows() {
        return rows;
    }

    /** Their change of status, if any, said in words (the form does not edit the status, so it is only shown). */
    public String statusNote() {
        return statusNote;
    }

    /** Who saved the case after it was read, in words; empty when not known. */
    public String changedBy() {
        return changedBy;
    }

    /** True once every item has a chosen side. */
    public ReadOnlyBooleanProperty resolvableProperty() {
        return resolvable.getReadOnlyProperty();
    }

    /** True when the person keeps their own value of {@code key} (for an assignment: re-applies it). */
    public boolean keepsMine(String key) {
        return rows.stream().anyMatch(r -> r.key.equals(key) && r.choice.get() == Side.MINE);
    }

    public long theirVersion() {
        return theirVersion;
    }

    // Commands

    /** The subject to save: the chosen one, or theirs when the subject did not differ. */
    public String chosenSubject(String theirsSubject) {
        return rows.stream()
                .filter(r -> r.key.equals(SUBJECT_KEY))
                .findFirst()
                .map(Row::chosen)
                .orElse(theirsSubject);
    }

    /** The field values to save over theirs: only the items where the person kept their own value. */
    public Map<String, String> chosenFieldChanges() {
        Map<String, String> changes = new LinkedHashMap<>();
        for (Row r : rows) {
            if (!r.key.equals(SUBJECT_KEY) && r.choice.get() == Side.MINE) {
                changes.put(r.key, r.mine);
            }
        }
        return changes;
    }
}
