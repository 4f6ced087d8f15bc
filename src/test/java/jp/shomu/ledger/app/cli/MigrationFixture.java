package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.cases.CaseWorkflow;
import jp.shomu.ledger.store.settings.StaffRepository;
import jp.shomu.ledger.testing.Desk;
import jp.shomu.ledger.testing.MutableClock;
import jp.shomu.ledger.testing.TestLedgers;

/**
 * A small ledger file with a bit of everything migrate must carry (issue #19): cases with reviews and a send-back, a
 * comment, an accepted month (its workbook a BLOB), a published FAQ article, an inquiry answered with it, and a
 * compacted audit trail. The manager is {@code boss}.
 */
public final class MigrationFixture {
    public static final String MANAGER = "boss";

    private MigrationFixture() {}

    public static Path create(Path dir, MutableClock clock) {
        Path file = dir.resolve("ledger.db");
        clock.set(LocalDate.of(2026, 11, 2));
        try (LedgerContext ctx = TestLedgers.create(file, clock)) {
            ctx.ledger().write("init", tx -> {
                StaffRepository.add(tx, MANAGER, "1000099", "見本 管理者", Role.MANAGER, "見本");
                return null;
            });
            Desk desk = new Desk(ctx, clock);
            long a = desk.receive("3-4", LocalDate.of(2026, 11, 19), "op-a", "共済 給付請求 見本", Map.of());
            desk.on(LocalDate.of(2026, 11, 25)).submit(a, "op-a");
            desk.on(LocalDate.of(2026, 11, 26)).approve(a, "op-c");
            long b = desk.receive("3-4", LocalDate.of(2026, 11, 20), "op-b", "共済 給付請求 架空の二件目", Map.of());
            desk.on(LocalDate.of(2026, 11, 27)).submit(b, "op-b");
            new CaseWorkflow(ctx).comment(desk.who("op-b"), b, "添付書類を確認中です");
        }
        String ledger = file.toString();
        clock.set(LocalDate.of(2026, 12, 2));
        CliRunner leader = new CliRunner("leader", clock);
        Path issued = dir.resolve("11月.xlsx");
        ok(leader.run("report", "monthly", "--ledger", ledger, "--month", "2026-11", "--out", issued.toString()));
        ok(leader.run(
                "report",
                "accept",
                "--ledger",
                ledger,
                "--month",
                "2026-11",
                "--file",
                issued.toString(),
                "--note",
                "総務課 受理"));
        CliRunner op = new CliRunner("op-a", clock);
        String faq = ok(op.run(
                        "faq",
                        "add",
                        "--ledger",
                        ledger,
                        "--type",
                        "2-2",
                        "--question",
                        "扶養手当の届出はいつまでですか",
                        "--answer",
                        "事実発生日から15日以内に届け出てください。",
                        "--keyword",
                        "扶養"))
                .strip();
        ok(op.run("faq", "submit", "--ledger", ledger, "--id", faq));
        ok(new CliRunner("op-b", clock).run("faq", "approve", "--ledger", ledger, "--id", faq));
        String inquiry = ok(op.run(
                        "inquiry",
                        "add",
                        "--ledger",
                        ledger,
                        "--channel",
                        "電話",
                        "--department",
                        "見本区役所 市民課",
                        "--question",
                        "扶養手当の届出期限を知りたい",
                        "--type",
                        "2-2",
                        "--at",
                        "2026-12-02T09:00"))
                .strip();
        ok(op.run("inquiry", "answer", "--ledger", ledger, "--id", inquiry, "--answer", "15日以内です", "--faq", faq));
        ok(leader.run("audit", "compact", "--ledger", ledger));
        return file;
    }

    private static String ok(CliRunner.Result r) {
        assertEquals(0, r.code(), r.err() + r.out());
        return r.out();
    }
}
