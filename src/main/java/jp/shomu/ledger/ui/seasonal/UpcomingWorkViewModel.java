package jp.shomu.ledger.ui.seasonal;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.seasonal.SeasonalService;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * The seasonal calendar on the desk: what comes in the next {@value #DAYS} days. The first refresh of a leader's
 * session also runs the calendar, so whatever came due since it last ran is created (once, whichever PC is first).
 */
public final class UpcomingWorkViewModel {
    /** How far ahead the desk looks. */
    public static final int DAYS = 14;

    private final Session session;
    private final TaskExecutor executor;
    private boolean ran;

    // Properties
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper ranText = new ReadOnlyStringWrapper("");

    public UpcomingWorkViewModel(Session session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
    }

    /** "6/1(火) 期末・勤勉手当 令和9年6月支給分 — 案件の一括登録(予定)", soonest first. */
    public ObservableList<String> lines() {
        return lines;
    }

    /** What the run at opening created, in words; empty when it created nothing. */
    public ReadOnlyStringProperty ranTextProperty() {
        return ranText.getReadOnlyProperty();
    }

    private record Snapshot(List<SeasonalService.Outcome> created, List<SeasonalService.Upcoming> coming) {}

    // Commands

    public void refresh() {
        StaffMember user = session.user();
        SeasonalService service = new SeasonalService(session.context());
        boolean runNow = !ran && session.can(Action.ASSIGN);
        ran = true;
        executor.run(
                Messages.get("seasonal.task"),
                () -> {
                    List<SeasonalService.Outcome> created = runNow
                            ? service.run(user, session.today()).stream()
                                    .filter(SeasonalService.Outcome::createdNow)
                                    .toList()
                            : List.of();
                    return new Snapshot(created, service.upcoming(user, session.today(), DAYS));
                },
                result -> {
                    List<SeasonalService.Outcome> created = result.created();
                    List<SeasonalService.Upcoming> coming = result.coming();
                    if (!created.isEmpty()) {
                        ranText.set(Messages.format(
                                "seasonal.ran",
                                Integer.toString(created.size()),
                                Integer.toString(created.stream()
                                        .mapToInt(SeasonalService.Outcome::cases)
                                        .sum())));
                    }
                    lines.setAll(
                            coming.stream().map(UpcomingWorkViewModel::line).toList());
                },
                e -> lines.setAll(ErrorText.of(e)));
    }

    private static String line(SeasonalService.Upcoming u) {
        var o = u.occurrence();
        return Messages.format(
                "seasonal.line",
                DisplayFormat.dateShort(o.day()),
                o.subject(1),
                o.setup().action().label(),
                Messages.get(u.done() ? "seasonal.done" : "seasonal.planned"));
    }
}
