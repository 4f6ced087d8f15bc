package jp.shomu.ledger.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jp.shomu.ledger.domain.calendar.Holiday;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.cases.PauseKind;
import jp.shomu.ledger.domain.changes.ChangeKind;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.service.cases.CaseWorkflow;
import jp.shomu.ledger.service.settings.CalendarService;
import jp.shomu.ledger.service.settings.ChangeService;
import jp.shomu.ledger.service.settings.RosterService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A valid 個人番号 typed into any text that enters the ledger is refused, with nothing saved; the same text with a
 * wrong check digit is accepted. (Import cells: MyNumberGuardTest and the import's own tests.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyNumberEverywhereTest {
    private static final String VALID = "本人確認 1234-5678-9018 済";
    private static final String INVALID = "本人確認 1234-5678-9017 済";

    private LedgerContext ctx;
    private SecurityFixture fx;
    private int serial;

    @BeforeAll
    void setUp(@TempDir Path dir) {
        ctx = TestLedger.create(dir);
        fx = new SecurityFixture(ctx);
    }

    @AfterAll
    void close() {
        ctx.close();
    }

    private Map<String, Consumer<String>> entries() {
        CaseService cases = new CaseService(ctx);
        CaseWorkflow flow = new CaseWorkflow(ctx);
        ChangeService changes = new ChangeService(ctx);
        Map<String, Consumer<String>> m = new LinkedHashMap<>();
        m.put("件名(登録)", t -> cases.create(fx.who("op1"), "2-2", t, Map.of()));
        m.put("項目(登録)", t -> cases.create(fx.who("op1"), "2-2", "通勤手当", Map.of("通勤経路", t)));
        m.put("件名(編集)", t -> cases.update(fx.who("op2"), fx.allowanceCase(), 1, t, Map.of()));
        m.put("項目(編集)", t -> cases.update(fx.who("op2"), fx.allowanceCase(), 1, null, Map.of("依頼所属", t)));
        m.put("チェックのメモ", t -> flow.tick(fx.who("op2"), fx.allowanceCase(), "c1", t));
        m.put("コメント", t -> flow.comment(fx.who("op2"), fx.allowanceCase(), t));
        m.put("不備照会の理由", t -> flow.pause(fx.who("op2"), fx.allowanceCase(), 1, PauseKind.REQUESTER, t, ""));
        m.put("保留の回付先", t -> flow.pause(fx.who("op2"), fx.allowanceCase(), 1, PauseKind.CITY_HOLD, "市の判断", t));
        m.put("再開の回答", t -> {
            long id = fx.allowanceCase();
            long v = flow.pause(fx.who("op2"), id, 1, PauseKind.REQUESTER, "書類不足", "");
            flow.resume(fx.who("op2"), id, v, t);
        });
        m.put("承認のコメント", t -> {
            long[] s = fx.submittedCase();
            flow.tick(fx.who("op1"), s[0], "c6", "");
            flow.approve(fx.who("op1"), s[0], s[1], t);
        });
        m.put("差戻しのコメント", t -> {
            long[] s = fx.submittedCase();
            flow.sendBack(fx.who("op1"), s[0], s[1], List.of("計算誤り"), t);
        });
        m.put("取下げの理由", t -> flow.withdraw(fx.who("op2"), fx.allowanceCase(), 1, t));
        m.put("完了後の誤り", t -> {
            long[] d = fx.doneCase();
            flow.reopenWithError(fx.who("leader"), d[0], d[1], List.of("計算誤り"), t);
        });
        m.put(
                "名簿の氏名",
                t -> new RosterService(ctx)
                        .add(fx.who("admin"), "n" + ++serial, "40000" + serial, t, Role.OPERATOR, ""));
        m.put(
                "名簿のチーム",
                t -> new RosterService(ctx)
                        .add(fx.who("admin"), "t" + ++serial, "50000" + serial, "見本 太郎", Role.OPERATOR, t));
        m.put(
                "祝日名",
                t -> new CalendarService(ctx)
                        .importOfficialList(
                                fx.who("leader"),
                                List.of(new Holiday(java.time.LocalDate.of(2027, 1, 1), t)),
                                "syukujitsu.csv"));
        m.put("変更提案の概要", t -> changes.propose(fx.who("leader"), ChangeKind.CATALOG, t, fx.changedCatalog()));
        m.put("承認の理由", t -> changes.approve(fx.who("leader"), fx.proposalByLeader2(), t));
        m.put("却下の理由", t -> changes.reject(fx.who("leader"), fx.proposalByLeader2(), t));
        return m;
    }

    @TestFactory
    List<DynamicTest> aValidNumberIsRefusedWithNothingSavedAndAnInvalidOnePasses() {
        List<DynamicTest> tests = new ArrayList<>();
        entries()
                .forEach((where, entry) -> tests.add(DynamicTest.dynamicTest(where, () -> {
                    InvalidInputException e = assertThrows(InvalidInputException.class, () -> entry.accept(VALID));
                    assertTrue(e.getMessage().contains("個人番号"), e.getMessage());
                    assertDoesNotThrow(() -> entry.accept(INVALID));
                    assertFalse(fileContains("1234-5678-9018"), "the refused number is nowhere in the ledger file");
                    assertTrue(fileContains("1234-5678-9017"), "the accepted one was saved");
                })));
        return tests;
    }

    /** Whether the ledger's bytes hold {@code text}: the file itself, or on a server everything pg_dump writes out. */
    private boolean fileContains(String text) throws java.io.IOException, InterruptedException {
        if (ctx.location() instanceof jp.shomu.ledger.domain.ledger.LedgerLocation.Server s) {
            Process dump = new ProcessBuilder("pg_dump", "-h", s.host(), "-p", Integer.toString(s.port()), s.database())
                    .redirectErrorStream(true)
                    .start();
            String all = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, dump.waitFor(), all);
            return all.contains(text);
        }
        String bytes = new String(java.nio.file.Files.readAllBytes(ctx.ledger().file()), StandardCharsets.ISO_8859_1);
        return bytes.contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }
}
