package jp.shomu.ledger.ui.main;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import jp.shomu.ledger.domain.cases.CaseListEntry;
import jp.shomu.ledger.ui.common.SlaBadge;

/**
 * One row of the case list, with what the columns show and what the search box matches (normalised once, so a
 * keystroke only compares).
 */
public record CaseRow(CaseListEntry entry, String typeName, SlaBadge sla, String searchText, boolean newlyAssigned) {
    public CaseRow(CaseListEntry entry, String typeName, SlaBadge sla) {
        this(entry, typeName, sla, false);
    }

    /** @param newlyAssigned someone else assigned it to the person lately: marked 新着 in 自分の案件 */
    public CaseRow(CaseListEntry entry, String typeName, SlaBadge sla, boolean newlyAssigned) {
        this(
                entry,
                typeName,
                sla,
                normalize(entry.id() + " " + entry.typeCode() + " " + typeName + " "
                        + entry.subject() + " " + statusText(entry) + " "
                        + (entry.assigneeName() == null ? "" : entry.assigneeName()) + " " + sla.text()),
                newlyAssigned);
    }

    /** The status as the list shows it: a case sent back says so (処理中・差戻し). */
    public String statusText() {
        return statusText(entry);
    }

    static String statusText(CaseListEntry e) {
        return e.sentBack()
                ? jp.shomu.ledger.ui.common.Messages.format(
                        "list.sentBack", e.status().label())
                : e.status().label();
    }

    public long id() {
        return entry.id();
    }

    public String assignee() {
        return entry.assigneeName() == null ? "" : entry.assigneeName();
    }

    public LocalDate due() {
        return entry.dueOn();
    }

    /**
     * Whether every word of the search text appears in the number, subject, type, status or assignee.
     *
     * @param text the search text, already {@link #normalize normalised}
     */
    public boolean matches(String text) {
        if (text.isEmpty()) {
            return true;
        }
        for (String word : text.split("\\s+")) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static String normalize(String s) {
        return s == null
                ? ""
                : Normalizer.normalize(s, Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT)
                        .strip();
    }
}
