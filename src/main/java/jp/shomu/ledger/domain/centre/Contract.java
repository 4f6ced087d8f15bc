package jp.shomu.ledger.domain.centre;

import java.time.LocalDate;
import java.time.YearMonth;

/** The contract's periods (spec §4): preparation from 2026-07, operation from 2027-04, the end in 2030-09. */
public final class Contract {
    public static final LocalDate START = LocalDate.of(2026, 7, 1);
    public static final LocalDate OPERATION_START = LocalDate.of(2027, 4, 1);
    public static final LocalDate END = LocalDate.of(2030, 9, 30);
    public static final YearMonth FIRST_OPERATION_MONTH = YearMonth.from(OPERATION_START);
    public static final YearMonth LAST_MONTH = YearMonth.from(END);

    private Contract() {}
}
