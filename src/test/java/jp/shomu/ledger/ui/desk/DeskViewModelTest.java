package jp.shomu.ledger.ui.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import jp.shomu.ledger.service.desk.DeskSection;
import jp.shomu.ledger.service.desk.DeskService;
import jp.shomu.ledger.ui.caseform.conflict.ConflictViewModel;
import jp.shomu.ledger.ui.common.ViewModelFixture;
import jp.shomu.ledger.ui.main.CaseRow;
import jp.shomu.ledger.ui.main.MainViewModel;
import jp.shomu.ledger.ui.main.NavigationViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A leader lands on the desk, covers an absent operator's cases, and the operator sees them as new. */
class DeskViewModelTest {
    @TempDir
    Path dir;

    private ViewModelFixture app;
    private MainViewModel main;
    private long over;
    private long soon;

    @BeforeEach
    void setUp() {
        app = new ViewModelFixture(dir, "leader");
        over = app.ledger.allowanceCaseFrom(app.ledger.op1, "2027-04-05");
        soon = app.ledger.allowanceCaseFrom(app.ledger.op1, "2027-04-08");
        main = new MainViewModel(app.session, app.executor, app.dialogs);
        main.start();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void aLeaderLandsOnTheDeskWithItsCountsInTheNavigation() {
        assertEquals(NavigationViewModel.Kind.DESK, main.navigation().selected().kind());
        DeskViewModel desk = main.desk();
        assertEquals(List.of(over, soon), desk.rows().stream().map(DeskRow::id).toList());
        assertEquals("2営業日超過", desk.rows().get(0).left());
        assertEquals("あと1営業日", desk.rows().get(1).left());
        assertEquals(1, desk.count(DeskSection.OVERDUE));
        var counts = main.navigation().desk().countsProperty().get();
        assertEquals(2, counts.open());
        assertEquals(1, counts.overdue());
        assertEquals(1, counts.warning());
        assertTrue(desk.loads().stream().anyMatch(l -> l.login().equals("op1") && l.openCases() == 2));
    }

    @Test
    void anOperatorHasNoDesk() {
        try (ViewModelFixture op = app.as("op1")) {
            MainViewModel theirs = new MainViewModel(op.session, op.executor, op.dialogs);
            assertNull(theirs.desk());
            assertNull(theirs.navigation().desk());
        }
    }

    @Test
    void coveringAnAbsencePreviewsThenMovesTheCasesAndTheOperatorSeesThemAsNew() {
        app.dialogs.cover = cover -> {
            cover.absentProperty().set(person(cover, "op1"));
            cover.takerProperty(person(cover, "op2")).set(true);
            assertNull(cover.planProperty().get(), "nothing to apply before the preview");
            cover.preview();
            assertNotNull(cover.planProperty().get());
            assertTrue(
                    cover.previewProperty().get().contains("案件 " + over),
                    cover.previewProperty().get());
            return true;
        };
        main.desk().coverAbsence();
        assertEquals(List.of("2 件の担当を変えました"), app.dialogs.infos);
        assertTrue(main.desk().rows().stream().allMatch(r -> r.assignee().equals("架空 花子")));

        try (ViewModelFixture op2 = app.as("op2")) {
            MainViewModel theirs = new MainViewModel(op2.session, op2.executor, op2.dialogs);
            theirs.start();
            assertEquals(
                    NavigationViewModel.Kind.MINE,
                    theirs.navigation().selected().kind());
            List<CaseRow> rows = theirs.list().rows();
            assertEquals(2, rows.size());
            assertTrue(rows.stream().allMatch(CaseRow::newlyAssigned));
        }
    }

    @Test
    void theDeskStartsOnTheLeadersOwnTaskTypesWithAllAChoice() {
        new jp.shomu.ledger.service.people.PeopleRosterService(app.ctx)
                .setTerms(
                        app.ledger.manager,
                        "leader",
                        java.time.LocalDate.of(2027, 4, 1),
                        java.time.LocalDate.of(2027, 4, 1),
                        null,
                        7.5,
                        5,
                        java.util.Set.of("2-6"),
                        false,
                        null);
        DeskViewModel desk = new MainViewModel(app.session, app.executor, app.dialogs).desk();
        desk.refresh();
        assertEquals("2-6", desk.ownTypesProperty().get());
        assertTrue(desk.rows().isEmpty(), "no 2-6 case needs an eye");
        desk.allTypesProperty().set(true);
        assertEquals(List.of(over, soon), desk.rows().stream().map(DeskRow::id).toList());
    }

    @Test
    void theWindowAndTheCutoffAreKeptInTheLedgerFromTheDesk() {
        DeskViewModel desk = main.desk();
        assertEquals(DeskService.DEFAULT_WITHIN, desk.withinProperty().get());
        desk.withinProperty().set(4);
        desk.saveWithin();
        assertEquals(4, new DeskService(app.ctx).within());
        DeskViewModel later = new MainViewModel(app.session, app.executor, app.dialogs).desk();
        later.refresh();
        assertEquals(4, later.withinProperty().get(), "a desk opened later starts on the stored window");

        assertEquals("今月の給与の締め日は未設定です", desk.monthEndProperty().get());
        desk.cutoffProperty().set("2027-04-20");
        desk.saveCutoff();
        assertEquals(
                java.util.Optional.of(java.time.LocalDate.of(2027, 4, 20)),
                new DeskService(app.ctx).payrollCutoff(java.time.YearMonth.of(2027, 4)));
        assertTrue(
                desk.monthEndProperty().get().contains("未完了 2件"),
                desk.monthEndProperty().get());
        desk.cutoffProperty().set("2027-05-01");
        desk.saveCutoff();
        assertTrue(app.dialogs.errors.get(0).contains("2027-04 の日付ではありません"), app.dialogs.errors.toString());
    }

    @Test
    void theSettingsScreensAreOfferedToLeadersAndTheManagerOnly() {
        assertNotNull(main.settings(), "業務責任者");
        for (String login : List.of("op2", "audit")) {
            try (ViewModelFixture other = app.as(login)) {
                assertNull(new MainViewModel(other.session, other.executor, other.dialogs).settings(), login);
            }
        }
        try (ViewModelFixture manager = app.as("manager")) {
            assertNotNull(new MainViewModel(manager.session, manager.executor, manager.dialogs).settings());
        }
    }

    @Test
    void aStaleAssignmentShowsTheConflictAndReloadingLeavesTheirVersion() {
        DeskRow row = main.desk().rows().get(0);
        app.ledger.workflow().start(app.ledger.op1, over, app.ledger.version(over));
        app.dialogs.assigneeLogin = java.util.Optional.of("op2");
        main.desk().assign(List.of(row));
        assertTrue(app.dialogs.errors.isEmpty(), app.dialogs.errors.toString());
        ConflictViewModel conflict = app.dialogs.lastConflict;
        assertTrue(conflict.changedBy().contains("見本 一郎"), conflict.changedBy());
        assertEquals("状態が「受付」から「処理中」に変わっています。", conflict.statusNote());
        assertEquals(
                app.ledger.op1.id(),
                app.ledger.cases().details(app.ledger.manager, over).caseFile().assigneeId());
        assertEquals(app.ledger.version(over), main.desk().rows().get(0).line().version(), "read again");
    }

    @Test
    void aStaleAssignmentIsReappliedOverTheNewerVersionWhenChosen() {
        DeskRow row = main.desk().rows().get(0);
        app.ledger.workflow().start(app.ledger.op1, over, app.ledger.version(over));
        app.dialogs.assigneeLogin = java.util.Optional.of("op2");
        app.dialogs.conflict = vm -> {
            vm.rows().forEach(r -> r.choiceProperty().set(ConflictViewModel.Side.MINE));
            return ConflictViewModel.Resolution.SAVE_CHOSEN;
        };
        main.desk().assign(List.of(row));
        assertEquals(
                app.ledger.op2.id(),
                app.ledger.cases().details(app.ledger.manager, over).caseFile().assigneeId());
    }

    @Test
    void aHolidayAddedMovesDueDatesOnlyOnceTheLeaderConfirmsTheList() {
        new jp.shomu.ledger.service.settings.CalendarService(app.ctx)
                .setOverride(
                        app.me(),
                        java.time.LocalDate.parse("2027-04-13"),
                        "臨時の休日",
                        jp.shomu.ledger.domain.calendar.HolidayOverride.Kind.ADD_HOLIDAY);
        app.dialogs.confirmAnswer = false;
        main.desk().recomputeDueDates();
        assertEquals(java.time.LocalDate.parse("2027-04-13"), dueOf(soon), "declined: nothing saved");
        app.dialogs.confirmAnswer = true;
        main.desk().recomputeDueDates();
        assertEquals(java.time.LocalDate.parse("2027-04-14"), dueOf(soon));
        assertEquals(java.time.LocalDate.parse("2027-04-08"), dueOf(over));
        assertEquals("1 件の期限を計算し直しました", app.dialogs.infos.get(app.dialogs.infos.size() - 1));
    }

    private java.time.LocalDate dueOf(long id) {
        return app.ledger.cases().details(app.ledger.manager, id).caseFile().dueOn();
    }

    private static jp.shomu.ledger.domain.staff.StaffMember person(CoverViewModel vm, String login) {
        return vm.people().stream()
                .filter(p -> p.login().equals(login))
                .findFirst()
                .orElseThrow();
    }
}
