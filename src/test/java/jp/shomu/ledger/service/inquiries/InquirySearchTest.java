package jp.shomu.ledger.service.inquiries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import jp.shomu.ledger.domain.inquiries.FaqVersion;
import jp.shomu.ledger.domain.inquiries.Inquiry;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.TestLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search of one- and two-character Japanese words, which the trigram index cannot find, best first. */
class InquirySearchTest {
    @TempDir
    Path dir;

    @Test
    void oneAndTwoCharacterWordsFindPastInquiriesQuestionMatchesFirst() {
        try (LedgerContext ctx = TestLedger.create(dir)) {
            InquiryService log = new InquiryService(ctx);
            var op = ctx.whoIs("op1");
            long inAnswer = log.add(op, new InquiryInput(null, "電話", "市民課", "", "", "給与の振込日は?", null));
            log.answer(op, inAnswer, "21日です。税の控除も同じ日です。", List.of());
            long inQuestion = log.add(op, new InquiryInput(null, "メール", "税務課", "", "", "住民税の通知はいつ?", null));
            long other = log.add(op, new InquiryInput(null, "窓口", "消防局", "", "", "旅費の精算", null));

            assertEquals(List.of(inQuestion, inAnswer), ids(log.search(op, "税", 10)));
            assertEquals(List.of(inQuestion), ids(log.search(op, "通知", 10)));
            assertEquals(List.of(other), ids(log.search(op, "旅", 10)));
            assertEquals(List.of(), ids(log.search(op, "税通", 10)), "not a substring");
            assertEquals(List.of(), ids(log.search(op, "日税", 10)), "punctuation breaks a phrase: 日です。税");
        }
    }

    @Test
    void oneAndTwoCharacterWordsFindPublishedArticlesOnly() {
        try (LedgerContext ctx = TestLedger.create(dir)) {
            FaqService faq = new FaqService(ctx);
            var op1 = ctx.whoIs("op1");
            long live = faq.add(op1, new FaqInput("2-4", "住民税の通知", "5月です", List.of("税"), List.of(), ""));
            faq.submit(op1, live, null);
            faq.approve(ctx.whoIs("op2"), live, null);
            faq.add(op1, new FaqInput("2-4", "税の下書き", "未公開", List.of(), List.of(), ""));
            assertEquals(
                    List.of(live),
                    faq.search(op1, "税", 10).stream().map(FaqVersion::articleId).toList());
            assertEquals(
                    List.of(live),
                    faq.search(op1, "通知", 10).stream()
                            .map(FaqVersion::articleId)
                            .toList());
            assertEquals(List.of(), faq.search(op1, "下書", 10));
        }
    }

    private static List<Long> ids(List<Inquiry> found) {
        return found.stream().map(Inquiry::id).toList();
    }
}
