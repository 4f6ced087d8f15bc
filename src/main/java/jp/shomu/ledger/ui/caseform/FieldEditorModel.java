package jp.shomu.ledger.ui.caseform;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.cases.FieldValueParser;
import jp.shomu.ledger.domain.cases.MyNumberGuard;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.FieldType;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.Messages;

/**
 * One field of the case form as the person types: the text, whether it reads as a valid value of the field's type
 * (checked on every keystroke with the same parser the ledger uses), and a hint that confirms what was understood —
 * both date forms, the amount in yen, the roster name of an employee number.
 */
public final class FieldEditorModel {
    private static final FieldValueParser PARSER = new FieldValueParser(Wareki::parse);

    private final FieldDef def;
    private final Function<String, Optional<String>> rosterName;
    private final boolean masked;
    private String loaded = "";

    // Properties
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper();
    private final BooleanProperty editable = new SimpleBooleanProperty(true);
    private final BooleanProperty applies = new SimpleBooleanProperty(true);

    /**
     * @param rosterName the roster name for an employee number, if it is on the roster
     * @param masked     the person may not see this sensitive field: its value is never shown
     */
    public FieldEditorModel(FieldDef def, Function<String, Optional<String>> rosterName, boolean masked) {
        this.def = def;
        this.rosterName = rosterName;
        this.masked = masked;
        text.addListener((obs, old, now) -> check());
        check();
    }

    public FieldDef def() {
        return def;
    }

    public String label() {
        return def.label()
                + (def.required() ? Messages.get("form.requiredMark") : "")
                + (def.calculated() ? Messages.get("calc.mark") : "");
    }

    public boolean masked() {
        return masked;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** Whether the catalog's condition holds for the case as typed (e.g. 手当種別 is 住居); a hidden field is not checked. */
    public BooleanProperty appliesProperty() {
        return applies;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    // Commands

    /** Shows a saved (canonical) value: dates as 和暦, yen with separators. */
    public void load(String canonical) {
        loaded = canonical == null ? "" : canonical;
        text.set(masked ? Messages.get("form.masked") : editingText(def, loaded));
        check();
    }

    /** Rewrites the text in its standard form once the person leaves the field (12000 → 12,000). */
    public void tidy() {
        if (!masked && valid.get() && !text.get().isBlank()) {
            text.set(editingText(def, canonical()));
        }
    }

    /** The value to save, in the ledger's canonical form; only call while valid. */
    public String canonical() {
        if (masked) {
            return loaded;
        }
        String value = PARSER.parse(def, text.get());
        return def.type() == FieldType.FLAG && value.equals("false") && loaded.isEmpty() ? "" : value;
    }

    static String editingText(FieldDef def, String canonical) {
        if (canonical.isEmpty()) {
            return "";
        }
        return switch (def.type()) {
            case DATE -> Wareki.format(LocalDate.parse(canonical));
            case MONTH -> Wareki.formatYearMonth(YearMonth.parse(canonical));
            case YEN, COUNT -> DisplayFormat.grouped(Long.parseLong(canonical));
            default -> canonical;
        };
    }

    private void check() {
        if (masked) {
            setState("", Messages.get("form.maskedHint"), true, false);
            return;
        }
        String raw = text.get();
        if (raw == null || raw.isBlank()) {
            setState("", def.required() ? Messages.get("form.requiredHint") : def.help(), true, !loaded.isEmpty());
            return;
        }
        try {
            MyNumberGuard.requireNone(def.label(), raw);
            String value = canonical();
            setState("", hintFor(value), true, !value.equals(loaded));
        } catch (IllegalArgumentException e) {
            setState(e.getMessage(), "", false, true);
        }
    }

    private String hintFor(String value) {
        return switch (def.type()) {
            case DATE -> DisplayFormat.dateBoth(LocalDate.parse(value));
            case MONTH -> Wareki.formatYearMonth(YearMonth.parse(value)) + "(" + value + ")";
            case YEN -> DisplayFormat.yen(Long.parseLong(value));
            case EMPLOYEE_NO ->
                rosterName
                        .apply(value)
                        .map(n -> Messages.format("form.rosterName", n))
                        .orElse(Messages.get("form.notOnRoster"));
            default -> def.help();
        };
    }

    private void setState(String errorText, String hintText, boolean isValid, boolean isChanged) {
        error.set(errorText);
        hint.set(hintText);
        valid.set(isValid);
        changed.set(isChanged);
    }
}
