package jp.shomu.ledger.ui.caseform;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.shomu.ledger.domain.cases.LinkKind;
import jp.shomu.ledger.ui.common.Messages;

/**
 * The 関連付け dialog of a case: the other case's number and how it stands to this one (its 親案件, or 関連). The
 * refusals (itself, twice, a cycle, no such case) are the service's, shown on the form once it answers.
 */
public final class LinkCaseViewModel {
    private final long caseId;

    // Properties
    private final StringProperty number = new SimpleStringProperty("");
    private final ObjectProperty<LinkKind> kind = new SimpleObjectProperty<>(LinkKind.RELATED);
    private final BooleanBinding confirmable;

    public LinkCaseViewModel(long caseId) {
        this.caseId = caseId;
        confirmable = Bindings.createBooleanBinding(
                () -> kind.get() != null && number.get().strip().matches("[0-9]{1,18}"), number, kind);
    }

    public String title() {
        return Messages.format("links.link.title", Long.toString(caseId));
    }

    /** The other case's number as typed (digits only make it confirmable). */
    public StringProperty numberProperty() {
        return number;
    }

    public ObjectProperty<LinkKind> kindProperty() {
        return kind;
    }

    public BooleanBinding confirmableProperty() {
        return confirmable;
    }

    public long otherId() {
        return Long.parseLong(number.get().strip());
    }

    public LinkKind kind() {
        return kind.get();
    }
}
