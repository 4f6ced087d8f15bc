package jp.shomu.ledger.service.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.kpi.LateCorrection;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.cases.LateRecordQueries;

/**
 * 前月以前の訂正: what was recorded during the report's month (after the previous month's end, up to this month's)
 * but belongs to an earlier month. Those months' figures stay as they were at their end; the corrections are
 * shown here, once, in the month they were recorded in.
 */
final class LateCorrections {
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    private LateCorrections() {}

    static List<LateCorrection> of(LedgerContext ctx, LocalDate first, Instant from, Instant to) {
        List<LateCorrection> out = new ArrayList<>();
        for (var t : ctx.ledger().read(c -> LateRecordQueries.time(c, from, to, first))) {
            out.add(new LateCorrection(
                    YearMonth.from(t.workDate()),
                    t.caseId(),
                    t.typeCode(),
                    "作業日 " + Wareki.format(t.workDate()) + " の作業時間 " + t.minutes() + "分を後から記録",
                    0,
                    t.minutes(),
                    day(t.recordedAt())));
        }
        for (var k : ctx.ledger().read(c -> LateRecordQueries.cases(c, from, to, first))) {
            if (k.receivedBefore() == null) {
                out.add(new LateCorrection(
                        YearMonth.from(k.receivedAfter()),
                        k.caseId(),
                        k.typeCode(),
                        "受付日 " + Wareki.format(k.receivedAfter()) + " の案件を後から登録",
                        1,
                        0,
                        day(k.recordedAt())));
                continue;
            }
            String what =
                    "受付日を " + Wareki.format(k.receivedBefore()) + " から " + Wareki.format(k.receivedAfter()) + " に訂正";
            YearMonth was = YearMonth.from(k.receivedBefore());
            YearMonth is = YearMonth.from(k.receivedAfter());
            if (was.equals(is)) {
                continue;
            }
            if (k.receivedBefore().isBefore(first)) {
                out.add(new LateCorrection(was, k.caseId(), k.typeCode(), what, -1, 0, day(k.recordedAt())));
            }
            if (k.receivedAfter().isBefore(first)) {
                out.add(new LateCorrection(is, k.caseId(), k.typeCode(), what, 1, 0, day(k.recordedAt())));
            }
        }
        out.sort(Comparator.comparing(LateCorrection::month).thenComparing(LateCorrection::recordedOn));
        return out;
    }

    private static LocalDate day(Instant at) {
        return at.atZone(JST).toLocalDate();
    }
}
