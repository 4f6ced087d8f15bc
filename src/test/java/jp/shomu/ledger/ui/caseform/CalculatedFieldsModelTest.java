package jp.shomu.ledger.ui.caseform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import jp.shomu.ledger.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The form works out calculated fields and the checklist's threshold hints as the person types, without saving. */
class CalculatedFieldsModelTest {
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

    private static FieldEditorModel field(CaseFormViewModel form, String key) {
        return form.fields().stream()
                .filter(f -> f.def().key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theThresholdCheckBesideAStepFollowsTheTypedHoursAndPay() {
        CaseFormViewModel form = app.newForm("1-1");
        field(form, "receivedOn").textProperty().set("R9.4.12");
        ChecklistItemModel c4 = form.checklist().items().stream()
                .filter(i -> i.item().id().equals("c4"))
                .findFirst()
                .orElseThrow();
        assertEquals("", c4.checkHintProperty().get(), "nothing typed: no hint");
        field(form, "weeklyMinutes").textProperty().set("1,200");
        field(form, "payBasis").textProperty().set("月額");
        field(form, "payRate").textProperty().set("88,000");
        assertTrue(
                c4.checkHintProperty().get().startsWith("✓"),
                c4.checkHintProperty().get());
        assertEquals("true", field(form, "coverageByHours").textProperty().get());
        field(form, "weeklyMinutes").textProperty().set("1,140"); // 19 hours
        assertTrue(
                c4.checkHintProperty().get().startsWith("✗"),
                c4.checkHintProperty().get());
        assertEquals("false", field(form, "coverageByHours").textProperty().get());
        assertFalse(field(form, "coverageByHours").editableProperty().get(), "never typed");
    }
}
