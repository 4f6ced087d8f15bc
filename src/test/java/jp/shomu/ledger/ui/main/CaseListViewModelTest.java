package jp.shomu.ledger.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.ui.common.SlaBadge;
import jp.shomu.ledger.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseListViewModelTest {
    @TempDir
    Path dir;

    private ViewModelFixture app;
    private MainViewModel main;
    private long late;
    private long fresh;
    private long others;

    @BeforeEach
    void setUp() {
        app = new ViewModelFixture(dir, "op1");
        late = app.ledger.cases().create(app.ledger.op1, "2-2", "扶養手当 遅れ", Map.of("receivedOn", "2027-03-01"));
        fresh = app.ledger.allowanceCase(app.ledger.op1, "通勤手当 新規");
        others = app.ledger.allowanceCase(app.ledger.op2, "住居手当 変更");
        app.ledger.cases().create(app.ledger.op2, "1-2", "住所変更届", Map.of());
        long withdrawn = app.ledger.allowanceCase(app.ledger.op2, "取下げた届出");
        app.ledger.workflow().withdraw(app.ledger.op2, withdrawn, 1, "本人から取下げ");
        main = new MainViewModel(app.session, app.executor, app.dialogs);
        main.start();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private List<Long> ids() {
        return main.list().rows().stream().map(CaseRow::id).toList();
    }

    @Test
    void anOperatorStartsWithTheirOwnOpenCases() {
        assertEquals(NavigationViewModel.Kind.MINE, main.navigation().selected().kind());
        assertEquals(List.of(fresh, late), ids());
        assertEquals("2件を表示(読込 2件)", main.list().summaryProperty().get());
    }

    @Test
    void aTypeListsItsOpenCasesAndTheStatusChoiceReachesTheClosedOnes() {
        main.navigation().selectedProperty().set(main.navigation().type("2-2"));
        assertEquals(List.of(others, fresh, late), ids());
        main.list()
                .statusProperty()
                .set(main.list().statusChoices().get(main.list().statusChoices().size() - 1));
        assertEquals(4, ids().size());
    }

    @Test
    void theSearchBoxFiltersAsYouType() {
        main.navigation().selectedProperty().set(main.navigation().type("2-2"));
        main.list().searchProperty().set("手当");
        assertEquals(3, ids().size());
        main.list().searchProperty().set("住居 花子");
        assertEquals(List.of(others), ids());
        main.list().searchProperty().set(Long.toString(late));
        assertEquals(List.of(late), ids());
    }

    @Test
    void assigneeAndDueRangeFilterTheLoadedRows() {
        main.navigation().selectedProperty().set(main.navigation().type("2-2"));
        main.list()
                .assigneeProperty()
                .set(main.list().assigneeChoices().stream()
                        .filter(c -> c.label().equals("架空 花子"))
                        .findFirst()
                        .orElseThrow());
        assertEquals(List.of(others), ids());
        main.list().clearFilters();
        main.list().dueToProperty().set(LocalDate.of(2027, 3, 31));
        assertEquals(List.of(late), ids());
    }

    @Test
    void theSlaStateIsShownInWordsAndCounted() {
        CaseRow row = main.list().rows().stream()
                .filter(r -> r.id() == late)
                .findFirst()
                .orElseThrow();
        assertEquals(SlaBadge.OVERDUE, row.sla());
        assertEquals("● 期限超過", row.sla().text());
        var type = main.navigation().type("2-2");
        assertEquals(3, type.countsProperty().get().open());
        assertEquals(1, type.countsProperty().get().overdue());
        assertTrue(main.list().lastRefreshProperty().get().startsWith("最終更新 10:00:00"));
    }

    @Test
    void anotherPcsSaveRefreshesTheListAndCounts() {
        main.navigation().selectedProperty().set(main.navigation().type("1-2"));
        assertEquals(1, ids().size());
        try (var otherPc = app.ledger.secondConnection()) {
            new jp.shomu.ledger.service.cases.CaseService(otherPc).create(app.ledger.op2, "1-2", "氏名変更届", Map.of());
        }
        app.watcher.poll();
        assertEquals(2, ids().size());
        assertEquals(2, main.navigation().type("1-2").countsProperty().get().open());
    }

    @Test
    void theOverdueChoiceKeepsOnlyTheOpenOverdueCases() {
        main.navigation().selectedProperty().set(main.navigation().type("2-2"));
        CaseListViewModel.StatusChoice overdue = main.list().statusChoices().stream()
                .filter(CaseListViewModel.StatusChoice::overdueOnly)
                .findFirst()
                .orElseThrow();
        assertEquals("期限超過(未完了)", overdue.label());
        main.list().statusProperty().set(overdue);
        assertEquals(List.of(late), ids());
    }

    @Test
    void sortingByTheSlaPutsTheOpenOverdueCasesFirst() {
        List<SlaBadge> badges = new java.util.ArrayList<>(List.of(SlaBadge.values()));
        java.util.Collections.reverse(badges);
        badges.sort(CaseListViewModel.SLA_URGENCY);
        assertEquals(SlaBadge.OVERDUE, badges.get(0));
        assertEquals(SlaBadge.WARNING, badges.get(1));
        assertTrue(badges.indexOf(SlaBadge.CENTRE_DONE_LATE) > badges.indexOf(SlaBadge.PAUSED));
    }

    @Test
    void theCheckQueueIsSortedByDueDate() {
        jp.shomu.ledger.domain.cases.CaseListEntry early = entry(5, LocalDate.parse("2027-04-13"));
        jp.shomu.ledger.domain.cases.CaseListEntry later = entry(2, LocalDate.parse("2027-04-20"));
        jp.shomu.ledger.domain.cases.CaseListEntry none = entry(1, null);
        List<jp.shomu.ledger.domain.cases.CaseListEntry> queue = new java.util.ArrayList<>(List.of(none, later, early));
        queue.sort(CaseListViewModel.BY_DUE);
        assertEquals(List.of(early, later, none), queue);
    }

    private static jp.shomu.ledger.domain.cases.CaseListEntry entry(long id, LocalDate due) {
        return new jp.shomu.ledger.domain.cases.CaseListEntry(
                id,
                "2-2",
                "件名",
                jp.shomu.ledger.domain.cases.CaseStatus.AWAITING_CHECK,
                LocalDate.parse("2027-04-01"),
                due,
                due,
                null,
                null,
                1L,
                "見本",
                1L,
                0,
                1);
    }
}
