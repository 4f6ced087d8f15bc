package jp.shomu.ledger.ui.caseform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import jp.shomu.ledger.domain.calendar.DateParseException;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.cases.CaseRules;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog says when a field applies (2-2: 家賃 only for 住居); month fields take R9.4, 令和9年4月, 2027-04. */
class ConditionalFieldsTest {
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
    void housingFieldsShowOnlyForTheHousingAllowanceAndAreNotCheckedWhileHidden() {
        CaseFormViewModel form = app.newForm("2-2");
        form.subjectProperty().set("扶養手当 新規");
        field(form, "allowanceKind").textProperty().set("扶養");
        assertFalse(field(form, "rent").appliesProperty().get());
        assertFalse(field(form, "commuteRoute").appliesProperty().get());
        assertTrue(field(form, "dependants").appliesProperty().get());
        assertTrue(field(form, "monthlyAmount").appliesProperty().get(), "a field without a condition always applies");

        field(form, "rent").textProperty().set("たくさん"); // not a yen amount, but hidden
        assertFalse(field(form, "rent").validProperty().get());
        assertTrue(form.validProperty().get(), "a hidden field is not validated");

        field(form, "allowanceKind").textProperty().set("住居");
        assertTrue(field(form, "rent").appliesProperty().get());
        assertFalse(form.validProperty().get(), "shown again, it is checked again");
    }

    @Test
    void aRequiredFieldThatDoesNotApplyIsNotMissing() {
        var type = app.session.catalog().taskType("2-2").orElseThrow();
        var fields = FieldInput.fieldsOf(type);
        var conditional =
                fields.stream().filter(f -> f.when() != null).findFirst().orElseThrow();
        var required = new jp.shomu.ledger.domain.catalog.FieldDef(
                conditional.key(),
                conditional.label(),
                conditional.type(),
                true,
                false,
                conditional.choices(),
                "",
                conditional.when(),
                null);
        Map<String, String> dependants = Map.of("allowanceKind", "扶養");
        Map<String, String> housing = Map.of("allowanceKind", "住居");
        boolean forDependants = conditional.when().values().contains("扶養");
        assertEquals(
                !forDependants,
                CaseRules.missingRequiredFields(java.util.List.of(required), dependants)
                        .isEmpty());
        assertEquals(
                forDependants || !conditional.when().values().contains("住居"),
                CaseRules.missingRequiredFields(java.util.List.of(required), housing)
                        .isEmpty());
    }

    @Test
    void monthFieldsTakeTheMonthIn和暦OrIso() {
        CaseFormViewModel form = app.newForm("2-2");
        FieldEditorModel month = field(form, "payEndMonth"); // 支給開始月 is calculated; 支給終了月 is typed
        for (String typed : new String[] {"R9.4", "令和9年4月", "2027-04", "２０２７／４", "R9.4.1"}) {
            month.textProperty().set(typed);
            assertTrue(month.validProperty().get(), typed);
            assertEquals("2027-04", month.canonical(), typed);
        }
        month.textProperty().set("R9.4");
        assertEquals("令和9年4月(2027-04)", month.hintProperty().get());
        month.tidy();
        assertEquals("令和9年4月", month.textProperty().get());
        month.textProperty().set("R9.13");
        assertFalse(month.validProperty().get());
        assertEquals(YearMonth.of(2019, 5), Wareki.parseMonth("令和元年5月"));
        org.junit.jupiter.api.Assertions.assertThrows(DateParseException.class, () -> Wareki.parseMonth("来月"));
    }
}
