package jp.shomu.ledger.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.cases.PauseKind;
import jp.shomu.ledger.service.LedgerContext;

/**
 * October 2026 (令和8年10月) worked by hand through the real services, with every edge case docs/REPORTS.md defines:
 * a case received in September and completed in October, one received in October and completed in November, a
 * pause that saves a deadline, a pause begun after the deadline, withdrawals inside and outside the month (and one
 * after month end), a case reopened with an error after completion, the city's approval after the centre's part
 * (inside the month and across its end), a case with no deadline, a send-back at 23:30 and an approval at 0:30 the
 * next day (Japan time), and time logged inside and outside the month.
 *
 * <p>Holidays used: 9/21–23 (敬老の日, 国民の休日, 秋分の日), 10/12 (スポーツの日), 11/3 (文化の日). Due dates noted
 * beside each case are counted by hand from those.
 */
public final class OctoberMonth {
    public static final YearMonth MONTH = YearMonth.of(2026, 10);
    /** The report is made on this day, after the month has ended. */
    public static final LocalDate REPORT_DAY = LocalDate.of(2026, 11, 10);

    public final LedgerContext ctx;
    public final MutableClock clock;
    /** Case name (K1 …) → case number. */
    public final Map<String, Long> ids = new LinkedHashMap<>();

    private OctoberMonth(LedgerContext ctx, MutableClock clock) {
        this.ctx = ctx;
        this.clock = clock;
    }

    public long id(String name) {
        return ids.get(name);
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    public static OctoberMonth build(Path file) {
        MutableClock clock =
                new MutableClock(d(9, 1).atStartOfDay(JapanTime.ZONE).toInstant());
        OctoberMonth m = new OctoberMonth(TestLedgers.create(file, clock), clock);
        m.play(new Desk(m.ctx, clock));
        clock.at(REPORT_DAY, 10, 0);
        return m;
    }

    private long receive(
            Desk desk, String name, String type, LocalDate received, String maker, Map<String, String> extra) {
        long id = desk.receive(type, received, maker, name + " 見本の案件", extra);
        ids.put(name, id);
        return id;
    }

    private void play(Desk desk) {
        // K9: completed in September (due 9/8), reopened with an error on 10/20, completed again 10/22 — late.
        long k9 = receive(desk, "K9", "3-4", d(9, 1), "op-a", Map.of());
        desk.on(d(9, 2)).submit(k9, "op-a");
        desk.on(d(9, 3)).approve(k9, "op-c");
        // K8: received and withdrawn in September: nowhere in October.
        long k8 = receive(desk, "K8", "3-4", d(9, 15), "op-a", Map.of());
        desk.on(d(9, 20)).withdraw(k8, "op-a");
        // K4: received 9/28, due 10/5, approved 10/2: completed in October, on time.
        long k4 = receive(desk, "K4", "3-4", d(9, 28), "op-a", Map.of());
        desk.on(d(10, 1)).submit(k4, "op-a");
        desk.on(d(10, 2)).approve(k4, "op-c");
        // K1: received 10/1, due 10/8, approved 10/7: on time. 40 minutes logged in October.
        long k1 = receive(desk, "K1", "3-4", d(10, 1), "op-a", Map.of());
        desk.on(d(10, 5)).submit(k1, "op-a");
        desk.logTime(k1, "op-a", d(10, 5), 30);
        desk.on(d(10, 7)).approve(k1, "op-c");
        desk.logTime(k1, "op-c", d(10, 7), 10);
        // K6: received 10/1, due 10/8, still being worked: 15 business days over at 10/31.
        long k6 = receive(desk, "K6", "3-4", d(10, 1), "op-a", Map.of());
        desk.on(d(10, 2)).start(k6, "op-a");
        // K15: received 10/1, due 10/8; put on hold 10/9 (after its due date, so the hold moves nothing), still on
        // hold.
        long k15 = receive(desk, "K15", "3-4", d(10, 1), "op-a", Map.of());
        desk.on(d(10, 2)).start(k15, "op-a");
        desk.on(d(10, 9)).pause(k15, "op-a", PauseKind.CITY_HOLD);
        // K2: received 10/2, due 10/9; sent back 10/8 (入力誤り, 計算誤り), approved 10/14: 2 business days late.
        long k2 = receive(desk, "K2", "3-4", d(10, 2), "op-a", Map.of());
        desk.logTime(k2, "op-a", d(9, 30), 15);
        desk.on(d(10, 6)).submit(k2, "op-a");
        desk.logTime(k2, "op-a", d(10, 6), 40);
        desk.on(d(10, 8)).sendBack(k2, "op-c", "INPUT", "CALCULATION");
        desk.on(d(10, 13)).submit(k2, "op-a");
        desk.logTime(k2, "op-a", d(10, 13), 20);
        desk.on(d(10, 14)).approve(k2, "op-c");
        // K3: received 10/5; 不備照会 10/6–10/13 holds 10/6–10/9, so due moves from 10/13 to 10/19; approved 10/15: on
        // time.
        long k3 = receive(desk, "K3", "3-4", d(10, 5), "op-a", Map.of());
        desk.on(d(10, 6)).pause(k3, "op-a", PauseKind.REQUESTER);
        desk.on(d(10, 13)).resume(k3, "op-a");
        desk.on(d(10, 14)).submit(k3, "op-a");
        desk.on(d(10, 15)).approve(k3, "op-c");
        // K7: received 10/5, withdrawn 10/9.
        long k7 = receive(desk, "K7", "3-4", d(10, 5), "op-a", Map.of());
        desk.on(d(10, 9)).withdraw(k7, "op-a");
        // K11 (2-2 with the city's approval): received 10/13, due 10/16; sent back 10/14 (規程の適用誤り);
        // approved 10/15 (on time), the city completes 10/21: completed in October, on time though completed after its
        // due date.
        long k11 = receive(desk, "K11", "2-2", d(10, 13), "op-b", Map.of());
        desk.on(d(10, 14)).submit(k11, "op-b");
        desk.logTime(k11, "op-b", d(10, 14), 50);
        desk.sendBack(k11, "op-c", "RULE");
        desk.submit(k11, "op-b");
        desk.on(d(10, 15)).approve(k11, "op-c");
        desk.on(d(10, 21)).cityComplete(k11, "op-b");
        // K9 again: the leader reopens it 10/20 (確認漏れ); approved again 10/22.
        desk.on(d(10, 20)).reopen(k9, "leader", "OMISSION");
        desk.on(d(10, 21)).submit(k9, "op-a");
        desk.on(d(10, 22)).approve(k9, "op-c");
        // K12 (3-3): 月額変更 has no fixed 法定期限 (the calculated field stays blank), so no due date.
        receive(desk, "K12", "3-3", d(10, 20), "op-a", Map.of("procedureKind", "月額変更", "eventDate", "2026-10-19"));
        // K10 (2-2): received 10/26, due 10/29, approved 10/28; the city completes 11/5: open at month end, waiting for
        // the city.
        long k10 = receive(desk, "K10", "2-2", d(10, 26), "op-b", Map.of());
        desk.on(d(10, 27)).submit(k10, "op-b");
        desk.on(d(10, 28)).approve(k10, "op-c");
        desk.on(d(11, 5)).cityComplete(k10, "op-b");
        // K16: received 10/26, due 11/2; sent back 10/31 23:30, approved 11/1 0:30 (Japan time): open at month end, at
        // risk.
        long k16 = receive(desk, "K16", "3-4", d(10, 26), "op-a", Map.of());
        desk.on(d(10, 30)).submit(k16, "op-a");
        desk.at(d(10, 31), 23, 30).sendBack(k16, "op-c", "DEADLINE");
        desk.at(d(10, 31), 23, 40).submit(k16, "op-a");
        desk.at(d(11, 1), 0, 30).approve(k16, "op-c");
        // K5: received 10/27, due 11/4 (11/3 is a holiday), approved 11/4: at risk at month end, completed in November.
        long k5 = receive(desk, "K5", "3-4", d(10, 27), "op-a", Map.of());
        desk.on(d(11, 2)).submit(k5, "op-a");
        desk.logTime(k5, "op-a", d(11, 2), 25);
        desk.on(d(11, 4)).approve(k5, "op-c");
        // K17: received 10/28 (due 11/5), withdrawn 11/2: open at the end of October.
        long k17 = receive(desk, "K17", "3-4", d(10, 28), "op-a", Map.of());
        desk.on(d(11, 2)).withdraw(k17, "op-a");
        // K13: received 10/29 (due 11/6), waiting for the double check since 10/30.
        long k13 = receive(desk, "K13", "3-4", d(10, 29), "op-a", Map.of());
        desk.on(d(10, 30)).submit(k13, "op-a");
        // K14: received in November: nowhere in October.
        receive(desk, "K14", "3-4", d(11, 2), "op-a", Map.of());
    }
}
