package jp.shomu.ledger.ui.tables;

import java.util.function.LongConsumer;
import jp.shomu.ledger.ui.common.DialogService;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/** Which table screen a 中区分 kept as a table opens (docs/TABLES.md). */
public final class TableScreens {
    private TableScreens() {}

    /** The table screen of {@code typeCode}, or null when it has none. */
    public static MonthTableViewModel of(
            String typeCode,
            Session session,
            TaskExecutor executor,
            DialogService dialogs,
            LongConsumer openCase,
            Runnable showCases) {
        return switch (typeCode) {
            case "6-2" -> new MeterTableViewModel(session, executor, dialogs, openCase, showCases);
            case "6-1" -> new StampTableViewModel(session, executor, dialogs, openCase, showCases);
            case "4-2" -> new BudgetTableViewModel(session, executor, dialogs, openCase, showCases);
            default -> null; // not a table
        };
    }

    /** The screen of a table's view model. */
    public static javafx.scene.Node view(MonthTableViewModel vm) {
        if (vm instanceof MeterTableViewModel m) {
            return new MeterTableView(m);
        }
        if (vm instanceof StampTableViewModel s) {
            return new StampTableView(s);
        }
        if (vm instanceof BudgetTableViewModel b) {
            return new BudgetTableView(b);
        }
        throw new IllegalArgumentException("表の画面がありません: " + vm.typeCode());
    }
}
