package jp.shomu.ledger.ui.main;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

import jp.shomu.ledger.domain.cases.CaseListEntry;
import jp.shomu.ledger.ui.common.SlaBadge;

/** One row of the case list, with what the columns show and what the search box matches. */
public record CaseRow(CaseListEntry entry, String typeName, SlaBadge sla) {
    public long id() {
        return entry.id();
    }

    public String assignee() {
        return entry.assigneeName() == null ? "" : entry.assigneeName();
    }

    public LocalDate due() {
        return entry.dueOn();
    }

    /** Whether every word of the search text appears in the number, subject, type, status or assignee. */
    public boolean matches(String search) {
        String text = normalize(search);
        if (text.isEmpty()) {
            return true;
        }
        String haystack = normalize(entry.id() + " " + entry.typeCode() + " " + typeName + " " + entry.subject() + " "
                + entry.status().label() + " " + assignee() + " " + sla.text());
        for (String word : text.split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static String normalize(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }
}
