package jp.shomu.ledger.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import jp.shomu.ledger.ui.caseform.CaseFormDialogs;
import jp.shomu.ledger.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    @TempDir
    Path dir;

    private ViewModelFixture app;
    private MainViewModel main;

    @BeforeEach
    void setUp() {
        app = new ViewModelFixture(dir, "op1");
        main = new MainViewModel(app.session, app.executor, app.dialogs);
        main.start();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void aNewCaseTakesTheSelectedTypeOrAsksForOne() {
        main.navigation().selectedProperty().set(main.navigation().type("2-7"));
        main.newCase();
        assertEquals("2-7", main.selectedFormProperty().get().openCase().type().code());
        main.navigation().selectedProperty().set(main.navigation().roots().get(0));
        app.dialogs.taskType = app.session.catalog().taskType("3-1");
        main.newCase();
        assertEquals("3-1", main.selectedFormProperty().get().openCase().type().code());
        assertEquals(2, main.forms().size());
    }

    @Test
    void anAuditorCannotRegisterCases() {
        try (ViewModelFixture auditor = app.as("audit")) {
            MainViewModel m = new MainViewModel(auditor.session, auditor.executor, auditor.dialogs);
            m.newCase();
            assertTrue(m.forms().isEmpty());
            assertTrue(auditor.dialogs.errors.get(0).contains("登録できません"));
        }
    }

    @Test
    void openingAnOpenCaseBringsItsFormToTheFront() {
        long id = app.ledger.allowanceCase(app.ledger.op1, "通勤手当");
        main.open(id);
        var first = main.selectedFormProperty().get();
        main.selectedFormProperty().set(null);
        main.open(id);
        assertSame(first, main.selectedFormProperty().get());
        assertEquals(1, main.forms().size());
    }

    @Test
    void closingAFormWithEditsAsksFirst() {
        long id = app.ledger.allowanceCase(app.ledger.op1, "通勤手当");
        main.open(id);
        var form = main.forms().get(0);
        form.subjectProperty().set("通勤手当(編集中)");
        app.dialogs.closeChoice = CaseFormDialogs.CloseChoice.CANCEL;
        assertFalse(main.close(form));
        assertEquals(1, main.forms().size());
        app.dialogs.closeChoice = CaseFormDialogs.CloseChoice.DISCARD;
        assertTrue(main.close(form));
        assertTrue(main.forms().isEmpty());
        assertEquals(
                "通勤手当",
                app.ledger.cases().details(app.ledger.manager, id).caseFile().subject());
        assertEquals(2, app.dialogs.closeAsked.size());
    }

    @Test
    void saveAndCloseKeepsTheEditInTheLedgerThenCloses() {
        long id = app.ledger.allowanceCase(app.ledger.op1, "通勤手当");
        main.open(id);
        var form = main.forms().get(0);
        form.subjectProperty().set("通勤手当(保存して閉じる)");
        app.dialogs.closeChoice = CaseFormDialogs.CloseChoice.SAVE;
        main.close(form);
        assertTrue(main.forms().isEmpty());
        assertEquals(
                "通勤手当(保存して閉じる)",
                app.ledger.cases().details(app.ledger.manager, id).caseFile().subject());
    }

    @Test
    void saveAndCloseWithInputThatCannotBeSavedKeepsTheFormOpen() {
        long id = app.ledger.allowanceCase(app.ledger.op1, "通勤手当");
        main.open(id);
        var form = main.forms().get(0);
        form.subjectProperty().set("");
        app.dialogs.closeChoice = CaseFormDialogs.CloseChoice.SAVE;
        assertFalse(main.close(form));
        assertEquals(1, main.forms().size());
        assertFalse(form.openCase().messageProperty().get().isEmpty());
    }

    @Test
    void theDemoSwitcherWorksOnAsAnotherPersonWithFormsClosed() {
        long id = app.ledger.allowanceCase(app.ledger.op1, "通勤手当");
        main.open(id);
        var leader = app.session.roster().stream()
                .filter(s -> s.login().equals("leader"))
                .findFirst()
                .orElseThrow();
        main.switchUser(leader);
        assertEquals("試用 次郎(業務責任者)", main.userTextProperty().get());
        assertTrue(main.forms().isEmpty());
        assertEquals(Optional.of(leader), Optional.of(app.session.user()));
    }
}
