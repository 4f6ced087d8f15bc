package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import jp.shomu.ledger.testing.LedgerFixture;
import jp.shomu.ledger.ui.main.CaseRow;
import jp.shomu.ledger.ui.main.CaseRow.LegalMark;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The case list's 法定期限 column (the fixture's today is 2027-04-12): the value the form's header shows, empty for a
 * procedure or type without one, marked when passed or earlier than the SLA due date, and sorted by a header click.
 * Leaves target/screenshots/case-list-legal-due.png to look at.
 */
class LegalDueColumnUiTest extends WorkbenchUiTest {
    private long passed;
    private long beforeSla;
    private long later;
    private long none;
    private long allowance;

    @Override
    void prepare(LedgerFixture f) {
        passed = joining(f, "資格取得", "2027-04-01", "資格取得 期限超過");
        beforeSla = joining(f, "資格取得", "2027-04-10", "資格取得 法定期限が先");
        later = joining(f, "被扶養者認定", "2027-04-10", "被扶養者認定 30日");
        none = joining(f, "資格喪失", "2027-04-10", "資格喪失 法定期限なし");
        allowance = f.allowanceCase(f.op1, "通勤手当 見本");
    }

    private static long joining(LedgerFixture f, String procedure, String event, String subject) {
        return f.cases()
                .create(
                        f.op1,
                        "3-1",
                        subject,
                        Map.of(
                                "targetEmployee", "99001234",
                                "procedureKind", procedure,
                                "memberClass", "一般",
                                "eventDate", event,
                                "reportedOn", "2027-04-12",
                                "receivedOn", "2027-04-12"));
    }

    @Test
    void theLegalDueColumnShowsMarksAndSorts() throws Exception {
        var nav = workbench.viewModel().navigation();
        var all = nav.roots().stream()
                .filter(e -> e.kind() == jp.shomu.ledger.ui.main.NavigationViewModel.Kind.ALL)
                .findFirst()
                .orElseThrow();
        interact(() -> nav.selectedProperty().set(all));
        settle();
        TableView<CaseRow> table = lookup("#case-table").query();
        waitUntil(() -> ids(table).containsAll(List.of(passed, beforeSla, later, none, allowance)));

        assertEquals(LocalDate.of(2027, 4, 6), row(table, passed).legalDue(), "事実発生 4/1 + 暦日5日");
        assertEquals(LegalMark.PASSED, row(table, passed).legalMark());
        assertEquals(LocalDate.of(2027, 4, 15), row(table, beforeSla).legalDue());
        assertEquals(LocalDate.of(2027, 4, 17), row(table, beforeSla).due(), "the SLA: 5 calendar days from receipt");
        assertEquals(LegalMark.BEFORE_SLA_DUE, row(table, beforeSla).legalMark());
        assertEquals(LocalDate.of(2027, 5, 10), row(table, later).legalDue(), "被扶養者認定: 30日");
        assertEquals(LegalMark.NONE, row(table, later).legalMark());
        assertNull(row(table, none).legalDue(), "資格喪失 has no statutory limit");
        assertNull(row(table, allowance).legalDue(), "2-2 has none");
        assertEquals(LocalDate.of(2027, 4, 6).toString(), ledgerLegalDue(passed), "the same value as case show");

        TableColumn<CaseRow, ?> column = table.getColumns().stream()
                .filter(c -> "list-col-legal-due".equals(c.getId()))
                .findFirst()
                .orElseThrow();
        clickOn(lookup(".column-header")
                .match(h -> h.getId() != null && h.getId().equals(column.getId()))
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(passed, beforeSla, later), ids(table).subList(0, 3), "earliest limit first, empty last");
        javafx.scene.Node cell = lookup(".table-cell.sla-overdue").query();
        assertEquals("R9.4.6 超過", ((javafx.scene.control.Labeled) cell).getText());
        assertEquals(
                1,
                lookup(".table-cell.sla-warning").queryAll().stream()
                        .filter(n -> n.getStyleClass().contains("table-cell")
                                && "R9.4.15".equals(((javafx.scene.control.Labeled) n).getText()))
                        .count());

        SceneShots.resize(this, stage, 1280, 720); // within the headless screen (1280×800)
        javafx.scene.control.SplitPane split = lookup("#main-split").query();
        interact(() -> split.setDividerPositions(0.1)); // the whole list in the picture
        settle();
        WaitForAsyncUtils.waitForFxEvents();
        Path out = Files.createDirectories(Path.of("target", "screenshots"));
        SceneImage.save(this, stage.getScene(), out.resolve("case-list-legal-due.png"));
    }

    private String ledgerLegalDue(long id) {
        return ledger.cases().details(ledger.manager, id).caseFile().field("legalDeadline");
    }

    private static CaseRow row(TableView<CaseRow> table, long id) {
        return table.getItems().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private static List<Long> ids(TableView<CaseRow> table) {
        return table.getItems().stream().map(CaseRow::id).toList();
    }
}
