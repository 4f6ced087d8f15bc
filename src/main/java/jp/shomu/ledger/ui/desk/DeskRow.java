package jp.shomu.ledger.ui.desk;

import jp.shomu.ledger.service.desk.DeskLine;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.Messages;

/** One line of the desk with what its columns show. */
public record DeskRow(DeskLine line) {
    public long id() {
        return line.id();
    }

    public String section() {
        return line.section().label();
    }

    public String due() {
        return line.dueOn() == null ? "―" : DisplayFormat.dateShort(line.dueOn());
    }

    /** "2営業日超過", "本日", "あと1営業日". */
    public String left() {
        Integer d = line.businessDaysLeft();
        if (d == null) {
            return "―";
        }
        if (d < 0) {
            return Messages.format("desk.over", Integer.toString(-d));
        }
        return d == 0 ? Messages.get("desk.dueToday") : Messages.format("desk.left", Integer.toString(d));
    }

    /** "3営業日(人事課 給与係)" for what waits, since when. */
    public String waiting() {
        if (line.since() == null) {
            return "";
        }
        String days = Messages.format(
                "desk.waited", DisplayFormat.dateShort(line.since()), Integer.toString(line.waitedDays()));
        return line.addressee().isEmpty() ? days : days + " " + line.addressee();
    }

    public String assignee() {
        return line.assigneeName() == null ? Messages.get("desk.unassigned") : line.assigneeName();
    }
}
