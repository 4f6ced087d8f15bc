package jp.shomu.ledger.service.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.ReviewOutcome;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.kpi.Figure;
import jp.shomu.ledger.domain.kpi.MonthlyFigures;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.ProgressSink;
import jp.shomu.ledger.store.cases.CaseActivityRepository;
import jp.shomu.ledger.store.cases.CaseRepository;
import jp.shomu.ledger.testing.Desk;
import jp.shomu.ledger.testing.MutableClock;
import jp.shomu.ledger.testing.TestLedgers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ダブルチェック実施率 counts a case only when its approver did none of the maker's work on it. */
class DoubleCheckRateTest {
    @TempDir
    Path dir;

    private MutableClock clock;
    private LedgerContext ctx;
    private Desk desk;

    @BeforeEach
    void open() {
        clock = new MutableClock(LocalDate.of(2026, 11, 2));
        ctx = TestLedgers.create(dir.resolve("ledger.db"), clock);
        desk = new Desk(ctx, clock);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aCaseApprovedByTheOperatorWhoDidTheMakersWorkIsNotCountedAsDoubleChecked() {
        LocalDate day = LocalDate.of(2026, 11, 4);
        long honest = desk.receive("3-4", day, "op-a", "正しく確認", Map.of());
        desk.on(day).submit(honest, "op-a");
        desk.approve(honest, "op-c");
        // op-a's case, worked and submitted by op-b, then approved by op-b as the ledger allowed before the rule:
        // written straight into the store, as such a case stands in a ledger made by an earlier version.
        long bypassed = desk.receive("3-4", day, "op-a", "本人が確認", Map.of());
        // op-b may work it only once it is theirs (CaseRules.mayDoMakerWork); it goes back to op-a with the approval
        new jp.shomu.ledger.service.cases.CaseWorkflow(ctx)
                .assign(
                        desk.who("leader"),
                        bypassed,
                        desk.get(bypassed).version(),
                        desk.who("op-b").id());
        desk.on(day).submit(bypassed, "op-b");
        ctx.ledger().write("op-b", tx -> {
            var loaded = CaseRepository.load(tx.connection(), bypassed).orElseThrow();
            CaseFile c = loaded.file().withAssignee(ctx.whoIs("op-a").id());
            for (ChecklistItem item :
                    ctx.catalog().taskType("3-4").orElseThrow().checklist()) {
                if (item.secondPerson()) {
                    CaseActivityRepository.tick(
                            tx, bypassed, item.id(), ctx.whoIs("op-b").id(), "");
                }
            }
            CaseActivityRepository.addReview(
                    tx, bypassed, ctx.whoIs("op-b").id(), c.assigneeId(), ReviewOutcome.APPROVED, "", List.of());
            CaseFile done = c.withStatus(CaseStatus.DONE, null).withProgress(day, day, 0);
            return CaseRepository.save(tx, done, "承認・完了", loaded);
        });
        clock.set(LocalDate.of(2026, 12, 7));
        MonthlyFigures f = new MonthlyReportService(ctx)
                .figures(ctx.whoIs("leader"), YearMonth.of(2026, 11), false, ProgressSink.NONE);
        assertEquals(2, f.totals().get(Figure.COMPLETED));
        assertEquals(1, f.totals().get(Figure.DOUBLE_CHECKED));
    }
}
