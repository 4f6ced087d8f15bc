package jp.shomu.ledger.ui.caseform.flow;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.ui.common.Messages;

/**
 * What a status change needs in words: the reason for 不備照会, the reason and the city addressee for 保留, the
 * answer received on resuming, or why a case is withdrawn. {@code context} describes the case (and the open pause).
 */
public final class ReasonViewModel {
    /** Which status change this is for; each has its own title, labels and required parts. */
    public enum Purpose {
        INQUIRY(true, false),
        HOLD(true, true),
        RESUME_INQUIRY(false, false),
        RESUME_HOLD(true, false),
        WITHDRAW(true, false),
        /** 確認依頼: an optional note for the checker, and optionally the checker asked. */
        SUBMIT(false, false);

        private final boolean textRequired;
        private final boolean needsAddressee;

        Purpose(boolean textRequired, boolean needsAddressee) {
            this.textRequired = textRequired;
            this.needsAddressee = needsAddressee;
        }

        String key() {
            return "reason." + name().toLowerCase(Locale.ROOT).replace("_", "");
        }
    }

    private final Purpose purpose;
    private final String context;

    private List<StaffMember> checkers = List.of();

    // Properties
    private final ObjectProperty<StaffMember> checker = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty addressee = new SimpleStringProperty("");
    private final BooleanBinding confirmable;

    public ReasonViewModel(Purpose purpose, String context) {
        this.purpose = purpose;
        this.context = context;
        confirmable = Bindings.createBooleanBinding(
                () -> (!purpose.textRequired || !text.get().isBlank())
                        && (!purpose.needsAddressee || !addressee.get().isBlank()),
                text,
                addressee);
    }

    public Purpose purpose() {
        return purpose;
    }

    public String title() {
        return Messages.get(purpose.key() + ".title");
    }

    public String textLabel() {
        return Messages.get(purpose.key() + ".text") + (purpose.textRequired ? Messages.get("form.requiredMark") : "");
    }

    public String context() {
        return context;
    }

    public boolean needsAddressee() {
        return purpose.needsAddressee;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty addresseeProperty() {
        return addressee;
    }

    public BooleanBinding confirmableProperty() {
        return confirmable;
    }

    public String text() {
        return text.get().strip();
    }

    /** The people who may be asked for the double check (確認依頼 only; empty otherwise). */
    public List<StaffMember> checkers() {
        return checkers;
    }

    public ReasonViewModel withCheckers(List<StaffMember> people) {
        this.checkers = List.copyOf(people);
        return this;
    }

    /** The checker asked for, or null for anyone. */
    public ObjectProperty<StaffMember> checkerProperty() {
        return checker;
    }

    public String addressee() {
        return addressee.get().strip();
    }
}
