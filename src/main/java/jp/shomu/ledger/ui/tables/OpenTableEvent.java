package jp.shomu.ledger.ui.tables;

import java.time.YearMonth;
import javafx.event.Event;
import javafx.event.EventType;

/**
 * Asks the window to show a table screen at a month: fired by a month-end case's link back to its table, handled by
 * the main window, so the case form need not know the window.
 */
public final class OpenTableEvent extends Event {
    private static final long serialVersionUID = 1L;
    public static final EventType<OpenTableEvent> OPEN_TABLE = new EventType<>(Event.ANY, "OPEN_TABLE");

    private final String typeCode;
    private final transient YearMonth month;

    public OpenTableEvent(String typeCode, YearMonth month) {
        super(OPEN_TABLE);
        this.typeCode = typeCode;
        this.month = month;
    }

    public String typeCode() {
        return typeCode;
    }

    public YearMonth month() {
        return month;
    }
}
