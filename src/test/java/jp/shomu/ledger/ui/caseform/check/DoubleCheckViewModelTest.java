package jp.shomu.ledger.ui.caseform.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.shomu.ledger.domain.cases.ReviewOutcome;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.catalog.ErrorCategory;
import org.junit.jupiter.api.Test;

class DoubleCheckViewModelTest {
    private final DoubleCheckViewModel vm = new DoubleCheckViewModel(
            "#1 通勤手当",
            "見本 一郎",
            List.of(new ErrorCategory("INPUT", "入力誤り"), new ErrorCategory("CALCULATION", "計算誤り")),
            List.of(new ChecklistItem("c6", "二次審査", true, true, false)));

    @Test
    void approvalWaitsForTheCheckersRequiredItems() {
        assertFalse(vm.confirmableProperty().get());
        assertTrue(vm.problemProperty().get().contains("二次審査"));
        vm.items().get(0).selected().set(true);
        assertTrue(vm.confirmableProperty().get());
        assertEquals(List.of("c6"), vm.selectedItemIds());
    }

    @Test
    void sendBackNeedsAnErrorCategory() {
        vm.outcomeProperty().set(ReviewOutcome.SENT_BACK);
        vm.commentProperty().set("金額を確認してください");
        assertFalse(vm.confirmableProperty().get());
        assertEquals("差戻しには、誤りの分類を1つ以上選んでください", vm.problemProperty().get());
        vm.categories().get(1).selected().set(true);
        assertTrue(vm.confirmableProperty().get());
        assertEquals(List.of("CALCULATION"), vm.selectedCategoryCodes());
    }

    @Test
    void sendBackNeedsAComment() {
        vm.outcomeProperty().set(ReviewOutcome.SENT_BACK);
        vm.categories().get(0).selected().set(true);
        assertFalse(vm.confirmableProperty().get());
        assertTrue(vm.problemProperty().get().contains("コメント"));
        vm.commentProperty().set("  ");
        assertFalse(vm.confirmableProperty().get());
    }
}
