package jp.shomu.ledger.ui.desk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.assignment.AssignmentService;
import jp.shomu.ledger.service.assignment.CoverPlan;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.Messages;

/**
 * Covering an absence: who is away, who takes over, the preview of which case goes to whom (spread by open standard
 * minutes) and each person's load before and after. Changing a choice drops the preview, so only what was seen is
 * applied.
 */
public final class CoverViewModel {
    private final AssignmentService assignment;
    private final StaffMember actor;
    private final List<StaffMember> people;
    private final Map<StaffMember, BooleanProperty> takers = new LinkedHashMap<>();

    // Properties
    private final ObjectProperty<StaffMember> absent = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<CoverPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public CoverViewModel(AssignmentService assignment, StaffMember actor, List<StaffMember> people) {
        this.assignment = assignment;
        this.actor = actor;
        this.people = List.copyOf(people);
        for (StaffMember p : people) {
            BooleanProperty b = new SimpleBooleanProperty(false);
            b.addListener((obs, old, now) -> plan.set(null));
            takers.put(p, b);
        }
        absent.addListener((obs, old, now) -> plan.set(null));
        plan.addListener((obs, old, now) -> preview.set(now == null ? "" : text(now)));
    }

    // Properties

    public List<StaffMember> people() {
        return people;
    }

    public ObjectProperty<StaffMember> absentProperty() {
        return absent;
    }

    /** Whether {@code person} takes over some of the cases. */
    public BooleanProperty takerProperty(StaffMember person) {
        return takers.get(person);
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** The previewed plan, null until previewed (and again after a choice changed). */
    public ReadOnlyObjectProperty<CoverPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The preview in words: one line per case, then each taker's load before and after. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // Commands

    /** Works out the plan (a short read); nothing is saved. */
    public void preview() {
        problem.set("");
        List<String> logins = new ArrayList<>();
        takers.forEach((p, b) -> {
            if (b.get()) {
                logins.add(p.login());
            }
        });
        if (absent.get() == null) {
            problem.set(Messages.get("cover.chooseAbsent"));
            return;
        }
        try {
            plan.set(assignment.planCover(actor, absent.get().login(), logins, null));
        } catch (RuntimeException e) {
            plan.set(null);
            problem.set(ErrorText.of(e));
        }
    }

    private static String text(CoverPlan p) {
        StringBuilder sb = new StringBuilder();
        if (p.isEmpty()) {
            sb.append(Messages.format("cover.nothing", p.from().name()));
        }
        for (CoverPlan.Move m : p.moves()) {
            sb.append(Messages.format(
                            "cover.move",
                            Long.toString(m.caseId()),
                            m.typeCode(),
                            m.subject(),
                            m.dueOn() == null ? "―" : DisplayFormat.dateShort(m.dueOn()),
                            m.to().name(),
                            Integer.toString(m.standardMinutes())))
                    .append('\n');
        }
        sb.append('\n');
        for (CoverPlan.Load l : p.loads()) {
            sb.append(Messages.format(
                            "cover.load",
                            l.person().name(),
                            Integer.toString(l.casesBefore()),
                            Integer.toString(l.minutesBefore()),
                            Integer.toString(l.casesAfter()),
                            Integer.toString(l.minutesAfter())))
                    .append('\n');
        }
        return sb.toString().strip();
    }
}
