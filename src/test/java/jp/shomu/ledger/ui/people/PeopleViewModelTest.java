package jp.shomu.ledger.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import jp.shomu.ledger.domain.seasonal.DayRule;
import jp.shomu.ledger.domain.seasonal.SeasonalAction;
import jp.shomu.ledger.domain.seasonal.SeasonalSetup;
import jp.shomu.ledger.service.people.PeopleRosterService;
import jp.shomu.ledger.service.seasonal.SeasonalService;
import jp.shomu.ledger.ui.common.ViewModelFixture;
import jp.shomu.ledger.ui.main.MainViewModel;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The people screens' view models without a window: the workbooks they write, the roster's rules, the desk's strip. */
class PeopleViewModelTest {
    @TempDir
    Path dir;

    private ViewModelFixture app;

    @AfterEach
    void tearDown() {
        app.close();
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static boolean contains(org.apache.poi.ss.usermodel.Sheet sheet, String text) {
        for (var row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theRosterScreenWritesThe従事者名簿AndNamesAnUntrainedHandler() throws Exception {
        app = new ViewModelFixture(dir, "manager");
        LocalDate april = LocalDate.of(2027, 4, 1);
        new PeopleRosterService(app.ledger.ctx)
                .setTerms(app.ledger.manager, "op1", april, april, null, 7.75, 5, Set.of("2-2"), true, null);
        PeopleViewModel people = new PeopleViewModel(app.session, app.executor, app.dialogs);
        people.refresh();
        RosterViewModel roster = people.roster();
        assertTrue(roster.canEdit());
        assertEquals(5, roster.rows().size());
        assertTrue(
                roster.warningProperty().get().contains("見本 一郎"),
                roster.warningProperty().get());

        Path out = dir.resolve("roster.xlsx");
        app.dialogs.saveFile = Optional.of(out);
        roster.export();
        try (XSSFWorkbook wb = open(out)) {
            assertTrue(contains(wb.getSheet("従事者名簿"), "例示 翔"));
            assertTrue(contains(wb.getSheet("特定個人情報取扱者"), "見本 一郎"));
            assertFalse(contains(wb.getSheet("特定個人情報取扱者"), "架空 花子"));
        }

        // training recorded from the screen clears the warning
        roster.selectedProperty()
                .set(roster.rows().stream()
                        .filter(l -> l.staff().login().equals("op1"))
                        .findFirst()
                        .orElseThrow());
        roster.courseProperty().set("特定個人情報の取扱い研修");
        roster.courseDateProperty().set("R9.4.2");
        roster.addTraining();
        assertEquals("", roster.warningProperty().get());
        assertTrue(app.dialogs.errors.isEmpty(), app.dialogs.errors.toString());
    }

    @Test
    void aLeaderReadsTheRosterButDoesNotKeepIt() {
        app = new ViewModelFixture(dir, "leader");
        RosterViewModel roster = new RosterViewModel(app.session, app.executor, app.dialogs);
        roster.refresh();
        assertFalse(roster.canEdit());
        assertEquals(5, roster.rows().size());
        roster.newLoginProperty().set("op9");
        roster.newEmployeeNoProperty().set("9000109");
        roster.newNameProperty().set("見本 九郎");
        roster.add();
        assertEquals(1, app.dialogs.errors.size());
        roster.refresh();
        assertEquals(5, roster.rows().size(), "nobody was added");
    }

    @Test
    void theForecastScreenWritesTheWorkbookWithItsCharts() throws Exception {
        app = new ViewModelFixture(dir, "leader");
        ForecastViewModel forecast = new ForecastViewModel(app.session, app.executor, app.dialogs);
        forecast.refresh();
        assertEquals(12, forecast.points().size());
        assertEquals(7 + 4, forecast.table().size());
        assertEquals(22, forecast.minutes().size());
        forecast.fiscalYearProperty().set(2026);
        assertEquals(2026, forecast.resultProperty().get().forecast().year().year());

        Path out = dir.resolve("forecast.xlsx");
        app.dialogs.saveFile = Optional.of(out);
        forecast.export();
        try (XSSFWorkbook wb = open(out)) {
            assertEquals(2, wb.getSheet("月別").getDrawingPatriarch().getCharts().size());
        }
        forecast.propose(forecast.minutes().get(0));
        assertTrue(app.dialogs.errors.get(0).contains("提案の基準"), app.dialogs.errors.toString());
    }

    @Test
    void aLeadersDeskRunsTheCalendarOnOpeningAndShowsTheNextTwoWeeks() {
        app = new ViewModelFixture(dir, "leader");
        SeasonalService seasonal = new SeasonalService(app.ledger.ctx);
        LocalDate today = LocalDate.of(2027, 4, 12);
        seasonal.set(
                app.ledger.leader,
                new SeasonalSetup(
                        "PART_TIME_APPOINTMENT",
                        SeasonalAction.CASES,
                        "会計年度任用職員の任用 {月}",
                        2,
                        null,
                        DayRule.parse("B1"),
                        LocalDate.of(2027, 4, 1),
                        true,
                        0));
        seasonal.set(
                app.ledger.leader,
                new SeasonalSetup(
                        "PAYROLL_CUTOFF",
                        SeasonalAction.REMINDER,
                        "{月} 給与締め",
                        1,
                        null,
                        DayRule.parse("D20"),
                        today,
                        true,
                        0));
        MainViewModel main = new MainViewModel(app.session, app.executor, app.dialogs);
        main.start();
        var strip = main.desk().seasonal();
        assertTrue(
                strip.ranTextProperty().get().contains("1件(登録した案件 2件)"),
                strip.ranTextProperty().get());
        assertEquals(1, strip.lines().size(), strip.lines().toString());
        assertTrue(strip.lines().get(0).contains("令和9年4月 給与締め"), strip.lines().get(0));
        main.refresh();
        assertEquals(
                2L,
                (long) app.ledger
                        .ctx
                        .ledger()
                        .read(c -> jp.shomu.ledger.store.Sql.queryOne(
                                        c,
                                        "SELECT COUNT(*) FROM case_file WHERE type_code = '1-1'",
                                        rs -> rs.getLong(1),
                                        new Object[0])
                                .orElse(0L)),
                "refreshing the desk does not run it again");
    }

    @Test
    void aLeaderSetsUpAnItemOnTheScreenAndRunsWhatIsDue() {
        app = new ViewModelFixture(dir, "leader");
        var setup = new jp.shomu.ledger.ui.seasonal.SeasonalSetupViewModel(app.session, app.executor, app.dialogs);
        setup.refresh();
        assertEquals(7, setup.lines().size());
        setup.selectedProperty()
                .set(setup.lines().stream()
                        .filter(l -> l.item().key().equals("PART_TIME_APPOINTMENT"))
                        .findFirst()
                        .orElseThrow());
        setup.countProperty().set("3");
        setup.fromProperty().set("R9.4.1");
        setup.assigneeProperty().set("op2");
        setup.save();
        assertTrue(app.dialogs.errors.isEmpty(), app.dialogs.errors.toString());
        assertTrue(setup.selectedProperty().get().saved());
        assertEquals(3, setup.selectedProperty().get().setup().count());

        setup.runNow();
        assertTrue(
                setup.statusProperty().get().contains("登録した案件 3件"),
                setup.statusProperty().get());
        setup.runNow();
        assertTrue(
                setup.statusProperty().get().contains("0件(登録した案件 0件)"),
                setup.statusProperty().get());

        setup.dayProperty().set("15日");
        setup.save();
        assertEquals(1, app.dialogs.errors.size(), "a day rule it cannot read is refused");
    }
}
