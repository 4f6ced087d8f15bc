package jp.shomu.ledger.ui.caseform.check;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import jp.shomu.ledger.domain.cases.ReviewOutcome;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.catalog.ErrorCategory;
import jp.shomu.ledger.ui.common.Messages;

/**
 * The double check of one case by a second person: approve, or send back with at least one error category (the
 * catalog's taxonomy, counted in the monthly report) and a comment saying what to fix.
 */
public final class DoubleCheckViewModel {
    /** One error category and whether the checker ticked it. */
    public record CategoryChoice(ErrorCategory category, BooleanProperty selected) {}

    /** One second-person checklist item not yet ticked, which the checker ticks here as they check it. */
    public record ItemChoice(ChecklistItem item, BooleanProperty selected) {}

    private final String caseTitle;
    private final String makerName;
    private final List<ItemChoice> items;
    private final List<CategoryChoice> categories;

    // Properties
    private final ObjectProperty<ReviewOutcome> outcome = new SimpleObjectProperty<>(ReviewOutcome.APPROVED);
    private final StringProperty comment = new SimpleStringProperty("");
    private final StringBinding problem;
    private final BooleanBinding confirmable;

    /** @param uncheckedItems the second-person checklist items not yet ticked; the required ones gate approval */
    public DoubleCheckViewModel(
            String caseTitle, String makerName, List<ErrorCategory> categories, List<ChecklistItem> uncheckedItems) {
        this.caseTitle = caseTitle;
        this.makerName = makerName;
        this.items = uncheckedItems.stream()
                .map(i -> new ItemChoice(i, new SimpleBooleanProperty()))
                .toList();
        this.categories = categories.stream()
                .map(c -> new CategoryChoice(c, new SimpleBooleanProperty()))
                .toList();
        List<ObservableValue<?>> deps = new ArrayList<>(List.of(outcome, comment));
        this.categories.forEach(c -> deps.add(c.selected()));
        this.items.forEach(i -> deps.add(i.selected()));
        problem = Bindings.createStringBinding(this::findProblem, deps.toArray(ObservableValue<?>[]::new));
        confirmable = problem.isEmpty();
    }

    public String caseTitle() {
        return caseTitle;
    }

    public String makerName() {
        return makerName;
    }

    public List<CategoryChoice> categories() {
        return categories;
    }

    public List<ItemChoice> items() {
        return items;
    }

    public ObjectProperty<ReviewOutcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    /** Why the decision cannot be recorded yet; empty when it can. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding confirmableProperty() {
        return confirmable;
    }

    // Commands

    public ReviewOutcome outcome() {
        return outcome.get();
    }

    public String comment() {
        return comment.get().strip();
    }

    public List<String> selectedCategoryCodes() {
        return categories.stream()
                .filter(c -> c.selected().get())
                .map(c -> c.category().code())
                .toList();
    }

    /** The checklist items the checker ticked in this dialog. */
    public List<String> selectedItemIds() {
        return items.stream()
                .filter(i -> i.selected().get())
                .map(i -> i.item().id())
                .toList();
    }

    private String findProblem() {
        if (outcome.get() == ReviewOutcome.APPROVED) {
            List<String> open = items.stream()
                    .filter(i -> i.item().required() && !i.selected().get())
                    .map(i -> i.item().label())
                    .toList();
            return open.isEmpty() ? "" : Messages.format("check.uncheckedItems", String.join("、", open));
        }
        if (selectedCategoryCodes().isEmpty()) {
            return Messages.get("check.needCategory");
        }
        return comment.get().isBlank() ? Messages.get("check.needComment") : "";
    }
}
