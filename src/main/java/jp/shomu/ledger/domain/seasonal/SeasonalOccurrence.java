package jp.shomu.ledger.domain.seasonal;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.shomu.ledger.domain.calendar.Wareki;

/** One month's turn of a recurring item: the month it belongs to and the day it comes due. */
public record SeasonalOccurrence(SeasonalItem item, SeasonalSetup setup, YearMonth month, LocalDate day) {
    /** The ledger's key of the occurrence with its item: "2027-06". */
    public String key() {
        return month.toString();
    }

    /**
     * The subject of the n-th of {@code setup.count()} cases: the pattern with {月} as 令和9年6月; a batch of more
     * than one numbers its cases (n/N) unless the pattern places {n} itself.
     */
    public String subject(int n) {
        String s = setup.subject().replace("{月}", Wareki.formatYearMonth(month));
        if (s.contains("{n}")) {
            return s.replace("{n}", Integer.toString(n));
        }
        return setup.count() == 1 ? s : s + " (" + n + "/" + setup.count() + ")";
    }
}
