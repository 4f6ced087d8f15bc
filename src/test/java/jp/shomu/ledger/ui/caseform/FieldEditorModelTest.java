package jp.shomu.ledger.ui.caseform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.FieldType;
import org.junit.jupiter.api.Test;

class FieldEditorModelTest {
    private static FieldEditorModel editor(FieldType type, boolean required) {
        return new FieldEditorModel(
                new FieldDef("f", "項目", type, required, false, List.of("扶養", "住居"), "ヒント"),
                no -> no.equals("9000101") ? Optional.of("見本 一郎") : Optional.empty(),
                false);
    }

    @Test
    void aDateAcceptsWarekiAndShowsBothForms() {
        FieldEditorModel m = editor(FieldType.DATE, true);
        m.textProperty().set("R9.4.1");
        assertTrue(m.validProperty().get());
        assertEquals("令和9年4月1日(2027-04-01)", m.hintProperty().get());
        m.textProperty().set("令和9年4月1日");
        assertEquals("2027-04-01", m.canonical());
    }

    @Test
    void aBadDateIsNamedAsYouType() {
        FieldEditorModel m = editor(FieldType.DATE, false);
        m.textProperty().set("R9.2.30");
        assertFalse(m.validProperty().get());
        assertTrue(
                m.errorProperty().get().contains("存在しない日付"), m.errorProperty().get());
    }

    @Test
    void savedDatesAreShownInWareki() {
        FieldEditorModel m = editor(FieldType.DATE, false);
        m.load("2027-04-01");
        assertEquals("令和9年4月1日", m.textProperty().get());
        assertFalse(m.changedProperty().get());
    }

    @Test
    void yenGetsSeparatorsWhenTheFieldIsLeft() {
        FieldEditorModel m = editor(FieldType.YEN, false);
        m.textProperty().set("１２０００円");
        assertEquals("12,000円", m.hintProperty().get());
        m.tidy();
        assertEquals("12,000", m.textProperty().get());
        assertEquals("12000", m.canonical());
    }

    @Test
    void employeeNumbersAreLookedUpInTheRoster() {
        FieldEditorModel m = editor(FieldType.EMPLOYEE_NO, false);
        m.textProperty().set("9000101");
        assertEquals("名簿: 見本 一郎", m.hintProperty().get());
        m.textProperty().set("99000123");
        assertTrue(m.hintProperty().get().contains("名簿にない"));
        m.textProperty().set("12");
        assertFalse(m.validProperty().get());
    }

    @Test
    void anIndividualNumberIsRefusedAsYouType() {
        FieldEditorModel m = editor(FieldType.TEXT, false);
        m.textProperty().set("番号 1234 5678 9018");
        assertFalse(m.validProperty().get());
        assertTrue(m.errorProperty().get().contains("個人番号"), m.errorProperty().get());
    }

    @Test
    void requiredFieldsSaySoWhileEmpty() {
        FieldEditorModel m = editor(FieldType.TEXT, true);
        assertEquals("項目＊", m.label());
        assertEquals("必須項目です", m.hintProperty().get());
        assertTrue(m.validProperty().get());
    }

    @Test
    void anUntouchedFlagIsNotAChange() {
        FieldEditorModel m = editor(FieldType.FLAG, false);
        m.load("");
        m.textProperty().set("false");
        assertFalse(m.changedProperty().get());
        m.textProperty().set("true");
        assertTrue(m.changedProperty().get());
    }

    @Test
    void aMaskedFieldNeverShowsItsValue() {
        FieldEditorModel m = new FieldEditorModel(
                new FieldDef("d", "扶養親族", FieldType.TEXT, false, true, List.of(), ""), no -> Optional.empty(), true);
        m.load("配偶者 昭和50年1月1日");
        assertFalse(m.textProperty().get().contains("配偶者"));
        assertEquals("配偶者 昭和50年1月1日", m.canonical());
        assertFalse(m.changedProperty().get());
    }
}
