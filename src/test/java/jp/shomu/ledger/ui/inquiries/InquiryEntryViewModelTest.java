package jp.shomu.ledger.ui.inquiries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import jp.shomu.ledger.domain.inquiries.Inquiry;
import jp.shomu.ledger.domain.inquiries.InquiryStatus;
import jp.shomu.ledger.service.inquiries.FaqInput;
import jp.shomu.ledger.service.inquiries.FaqService;
import jp.shomu.ledger.service.inquiries.InquiryService;
import jp.shomu.ledger.ui.common.ViewModelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InquiryEntryViewModelTest {
    @TempDir
    Path dir;

    @Test
    void typingOneCharacterFindsTheFaqAndOneSaveLogsAndAnswersTheCall() {
        try (ViewModelFixture f = new ViewModelFixture(dir, "op1")) {
            FaqService faq = new FaqService(f.ledger.ctx);
            long id = faq.add(f.ledger.op2, new FaqInput("2-4", "住民税の通知はいつ?", "5月下旬です。", List.of("税"), List.of(), ""));
            faq.submit(f.ledger.op2, id, null);
            faq.approve(f.ledger.op1, id, null);

            InquiryEntryViewModel vm = new InquiryEntryViewModel(f.session);
            vm.searchTextProperty().set("税");
            assertEquals(1, vm.faqMatches().size());
            vm.useFaq(vm.faqMatches().get(0));
            assertEquals("5月下旬です。", vm.answerProperty().get(), "an empty answer takes the article's");
            vm.departmentProperty().set("見本区 税務課");
            vm.typeProperty().set("2-4 住民税関係事務");
            vm.questionProperty().set("特別徴収の通知はいつ届きますか");
            assertTrue(vm.save(), vm.messageProperty().get());
            assertTrue(vm.messageProperty().get().contains("回答済"));
            assertEquals("", vm.questionProperty().get(), "cleared for the next call");
            assertEquals("電話", vm.channelProperty().get(), "the channel stays");

            List<Inquiry> logged = new InquiryService(f.ledger.ctx).list(f.ledger.op1, YearMonth.of(2027, 4), null);
            assertEquals(1, logged.size());
            assertEquals(InquiryStatus.ANSWERED, logged.get(0).status());
            assertEquals("2-4", logged.get(0).typeCode());
            assertEquals(List.of(id), logged.get(0).faqIds());
        }
    }

    @Test
    void aRefusedSaveKeepsWhatWasTypedAndSaysWhy() {
        try (ViewModelFixture f = new ViewModelFixture(dir, "op1")) {
            InquiryEntryViewModel vm = new InquiryEntryViewModel(f.session);
            vm.questionProperty().set("番号は 123456789018 です");
            vm.departmentProperty().set("市民課");
            assertFalse(vm.save());
            assertTrue(
                    vm.messageProperty().get().contains("個人番号"),
                    vm.messageProperty().get());
            assertEquals("番号は 123456789018 です", vm.questionProperty().get());
        }
    }
}
