package jp.shomu.ledger.ui.caseform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import jp.shomu.ledger.ui.caseform.conflict.ConflictViewModel;
import jp.shomu.ledger.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFormViewModelTest {
    @TempDir
    Path dir;

    private ViewModelFixture app;

    @BeforeEach
    void setUp() {
        app = new ViewModelFixture(dir, "op1");
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private FieldEditorModel field(CaseFormViewModel form, String key) {
        return form.fields().stream()
                .filter(f -> f.def().key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aNewCaseIsRegisteredWithWhatWasTyped() {
        CaseFormViewModel form = app.newForm("2-2");
        form.subjectProperty().set("通勤手当 新規");
        field(form, "allowanceKind").textProperty().set("通勤");
        field(form, "eventDate").textProperty().set("R9.4.1");
        field(form, "monthlyAmount").textProperty().set("12,000");
        form.save();

        Long id = form.openCase().idProperty().get();
        var saved = app.session.cases().details(app.me(), id).caseFile();
        assertEquals("通勤手当 新規", saved.subject());
        assertEquals("2027-04-01", saved.field("eventDate"));
        assertEquals("12000", saved.field("monthlyAmount"));
        assertEquals("#" + id + " 通勤手当 新規", form.header().titleProperty().get());
        assertFalse(form.dirtyProperty().get());
    }

    @Test
    void aSaveChangesOnlyWhatWasEdited() {
        long id = app.ledger.allowanceCase(app.ledger.op1, "通勤手当");
        CaseFormViewModel form = app.form(id);
        assertFalse(form.dirtyProperty().get());
        field(form, "transport").textProperty().set("バス");
        assertTrue(form.dirtyProperty().get());
        form.save();

        var saved = app.session.cases().details(app.me(), id).caseFile();
        assertEquals("バス", saved.field("transport"));
        assertEquals(2, saved.version());
        assertFalse(form.dirtyProperty().get());
    }

    @Test
    void someoneElsesSaveIsAnnouncedAndShownWhenNothingIsBeingEdited() {
        long id = app.ledger.allowanceCase(app.ledger.op1, "通勤手当");
        CaseFormViewModel form = app.form(id);
        try (var otherPc = app.ledger.secondConnection()) {
            new jp.shomu.ledger.service.cases.CaseService(otherPc)
                    .update(app.ledger.leader, id, 1, "通勤手当(経路変更)", Map.of());
        }
        app.watcher.poll();

        assertTrue(
                form.bannerProperty().get().contains("試用 次郎 さん"),
                form.bannerProperty().get());
        assertEquals("通勤手当(経路変更)", form.subjectProperty().get());
    }

    @Test
    void someoneElsesSaveKeepsTheEditsAndTheSaveShowsBothValues() {
        long id = app.ledger.allowanceCase(app.ledger.op1, "通勤手当");
        CaseFormViewModel form = app.form(id);
        field(form, "monthlyAmount").textProperty().set("13000");
        app.ledger.cases().update(app.ledger.leader, id, 1, "通勤手当(差額)", Map.of("monthlyAmount", "15000"));
        app.watcher.poll();
        assertTrue(
                form.bannerProperty().get().contains("編集はそのまま"),
                form.bannerProperty().get());
        assertEquals("13000", field(form, "monthlyAmount").textProperty().get());

        app.dialogs.conflict = vm -> {
            assertFalse(vm.resolvableProperty().get());
            vm.rows().stream()
                    .filter(ConflictViewModel.Row::bothChanged)
                    .forEach(r -> r.choiceProperty().set(ConflictViewModel.Side.MINE));
            return ConflictViewModel.Resolution.SAVE_CHOSEN;
        };
        form.save();

        ConflictViewModel shown = app.dialogs.lastConflict;
        var amount = shown.rows().stream()
                .filter(r -> r.label().equals("月額"))
                .findFirst()
                .orElseThrow();
        assertEquals("15,000円", amount.theirsText());
        assertEquals("13,000円", amount.mineText());
        assertTrue(amount.bothChanged());
        var saved = app.session.cases().details(app.me(), id).caseFile();
        assertEquals("13000", saved.field("monthlyAmount"));
        assertEquals("通勤手当(差額)", saved.subject());
        assertEquals(3, saved.version());
    }

    @Test
    void cancellingTheConflictDialogSavesNothing() {
        long id = app.ledger.allowanceCase(app.ledger.op1, "通勤手当");
        CaseFormViewModel form = app.form(id);
        field(form, "monthlyAmount").textProperty().set("13000");
        app.ledger.cases().update(app.ledger.leader, id, 1, null, Map.of("monthlyAmount", "15000"));
        form.save();

        assertEquals(
                "15000", app.session.cases().details(app.me(), id).caseFile().field("monthlyAmount"));
        assertTrue(form.dirtyProperty().get());
        assertTrue(form.bannerProperty().get().contains("まだ保存していません"));
    }

    @Test
    void anAuditorSeesTheCaseButCannotEditIt() {
        long id = app.ledger.allowanceCase(app.ledger.op1, "通勤手当");
        try (ViewModelFixture auditor = app.as("audit")) {
            CaseFormViewModel form = auditor.form(id);
            assertFalse(form.editableProperty().get());
            assertFalse(field(form, "monthlyAmount").editableProperty().get());
            assertTrue(field(form, "dependants").masked());
            assertFalse(form.records().canCommentProperty().get());
        }
    }
}
