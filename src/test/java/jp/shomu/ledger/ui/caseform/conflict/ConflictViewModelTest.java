package jp.shomu.ledger.ui.caseform.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.FieldType;
import jp.shomu.ledger.ui.caseform.conflict.ConflictViewModel.Side;
import org.junit.jupiter.api.Test;

class ConflictViewModelTest {
    private static final List<FieldDef> FIELDS = List.of(
            new FieldDef("amount", "月額", FieldType.YEN, false, false, List.of(), ""),
            new FieldDef("eventDate", "事実発生日", FieldType.DATE, false, false, List.of(), ""),
            new FieldDef("route", "通勤経路", FieldType.TEXT, false, false, List.of(), ""));

    private final ConflictViewModel vm = new ConflictViewModel(
            FIELDS,
            Map.of("subject", "通勤手当", "amount", "10000", "eventDate", "2027-04-01", "route", "A駅"),
            CaseFile.builder()
                    .id(7)
                    .type("2-2", 1)
                    .subject("通勤手当(変更)")
                    .status(CaseStatus.IN_PROGRESS, null)
                    .version(4)
                    .fields(Map.of("amount", "15000", "eventDate", "2027-04-01", "route", "A駅"))
                    .build(),
            Map.of("subject", "通勤手当", "amount", "13000", "eventDate", "2027-04-02", "route", "A駅"),
            CaseStatus.RECEIVED);

    private ConflictViewModel.Row row(String label) {
        return vm.rows().stream()
                .filter(r -> r.label().startsWith(label))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void showsOnlyTheItemsThatDifferWithBothValuesReadable() {
        assertEquals(3, vm.rows().size());
        assertEquals("15,000円", row("月額").theirsText());
        assertEquals("13,000円", row("月額").mineText());
        assertEquals("令和9年4月2日", row("事実発生日").mineText());
        assertEquals("状態が「受付」から「処理中」に変わっています。", vm.statusNote());
    }

    @Test
    void aSideIsPreselectedOnlyWhereOneSideChanged() {
        assertEquals(Side.THEIRS, row("件名").choiceProperty().get());
        assertEquals(Side.MINE, row("事実発生日").choiceProperty().get());
        assertTrue(row("月額").bothChanged());
        assertNull(row("月額").choiceProperty().get());
        assertFalse(vm.resolvableProperty().get());
        row("月額").choiceProperty().set(Side.THEIRS);
        assertTrue(vm.resolvableProperty().get());
    }

    @Test
    void savesTheChosenValuesOverTheirs() {
        row("月額").choiceProperty().set(Side.MINE);
        assertEquals(Map.of("amount", "13000", "eventDate", "2027-04-02"), vm.chosenFieldChanges());
        assertEquals("通勤手当(変更)", vm.chosenSubject("通勤手当(変更)"));
        row("件名").choiceProperty().set(Side.MINE);
        assertEquals("通勤手当", vm.chosenSubject("通勤手当(変更)"));
        assertEquals(4, vm.theirVersion());
    }
}
