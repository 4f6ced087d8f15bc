package jp.shomu.ledger.ui.caseform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.service.cases.CaseHistory;
import jp.shomu.ledger.service.cases.CaseHistoryService;
import jp.shomu.ledger.ui.common.ViewModelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theHistorySaysWhoChangedWhatInWords() {
        try (ViewModelFixture app = new ViewModelFixture(dir, "op1")) {
            long id = app.ledger.allowanceCase(app.ledger.op1, "通勤手当");
            app.ledger
                    .cases()
                    .update(app.ledger.op1, id, 1, null, Map.of("monthlyAmount", "12000", "eventDate", "R9.4.2"));
            app.ledger.workflow().tick(app.ledger.op1, id, "c1", "電話で確認");
            app.ledger.workflow().start(app.ledger.op1, id, 2);

            List<HistoryViewModel.Line> lines = app.form(id).history().lines();

            assertEquals(
                    List.of("登録", "編集", "チェック", "処理開始"),
                    lines.stream().map(HistoryViewModel.Line::action).toList());
            assertEquals("見本 一郎", lines.get(0).who());
            assertEquals("件名: 通勤手当", lines.get(0).detail());
            String edit = lines.get(1).detail();
            assertTrue(edit.contains("事実発生日: 令和9年4月1日 → 令和9年4月2日"), edit);
            assertTrue(edit.contains("月額: (空欄) → 12,000円"), edit);
            assertEquals("受付・台帳記入(電話で確認)", lines.get(2).detail());
            assertEquals("状態: 受付 → 処理中", lines.get(3).detail().replaceAll(" / 担当.*", ""));
        }
    }

    @Test
    void historyMovedToAnAuditArchiveIsNamedFirst() {
        try (ViewModelFixture app = new ViewModelFixture(dir, "op1")) {
            long id = app.ledger.allowanceCase(app.ledger.op1, "通勤手当");
            HistoryViewModel history = app.form(id).history();
            String where = "2027-03-25 までの監査ログ(行 53 まで)は、監査ログの保管ファイル ledger-audit-FY2026.db(台帳と同じフォルダ)に移してあります。";

            history.show(new CaseHistory(
                    new CaseHistoryService(app.ledger.ctx)
                            .history(app.ledger.op1, id)
                            .entries(),
                    where));

            assertEquals(
                    new HistoryViewModel.Line("", "", "それより前の履歴", where),
                    history.lines().get(0));
            assertEquals("登録", history.lines().get(1).action());
        }
    }
}
