package jp.shomu.ledger.service.inquiries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.errors.ConflictException;
import jp.shomu.ledger.domain.inquiries.FaqStatus;
import jp.shomu.ledger.domain.inquiries.FaqVersion;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.TestLedger;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaqServiceTest {
    @TempDir
    Path dir;

    private static FaqInput input(String q, String a, String... keywords) {
        return new FaqInput("2-2", q, a, List.of(keywords), List.of(), "手当認定マニュアル 3.2");
    }

    @Test
    void aPublishedArticleStaysLiveInItsApprovedWordsWhileARevisionWaits() {
        try (LedgerContext ctx = TestLedger.create(dir)) {
            FaqService faq = new FaqService(ctx);
            var op1 = ctx.whoIs("op1");
            var op2 = ctx.whoIs("op2");
            long id = faq.add(op1, input("扶養手当の届出期限は?", "15日以内です。", "扶養"));
            faq.submit(op1, id, null);
            faq.approve(op2, id, null);
            long v = faq.get(op1, id).article().version();

            faq.edit(op2, id, v, input("扶養手当の届出期限は?", "事実発生日から15日以内です。\n遅れると遡って支給できません。", "扶養"));
            FaqService.Entry e = faq.get(op1, id);
            assertEquals(FaqStatus.DRAFT, e.article().status());
            assertEquals("15日以内です。", e.live().answer(), "the live words are the approved ones");
            assertEquals("15日以内です。", faq.search(op1, "扶養", 5).get(0).answer());
            assertEquals(
                    List.of("【回答】", "- 15日以内です。", "+ 事実発生日から15日以内です。", "+ 遅れると遡って支給できません。"),
                    faq.pendingDifference(op1, id));

            faq.submit(op2, id, null);
            PermissionDeniedException editor =
                    assertThrows(PermissionDeniedException.class, () -> faq.approve(op2, id, null));
            assertTrue(editor.getMessage().contains("承認できません"));
            faq.approve(ctx.whoIs("leader"), id, null);
            assertTrue(faq.get(op1, id).live().answer().startsWith("事実発生日"));

            List<FaqVersion> history = faq.history(op1, id);
            assertEquals(
                    List.of("作成", "確認依頼", "承認", "編集", "確認依頼", "承認"),
                    history.stream().map(FaqVersion::action).toList());
            assertEquals(
                    List.of("op1", "op1", "op2", "op2", "op2", "leader"),
                    history.stream().map(FaqVersion::changedBy).toList());
            assertTrue(
                    LedgerVerifier.verify(ctx.ledger()).ok(),
                    () -> LedgerVerifier.verify(ctx.ledger()).problems().toString());
        }
    }

    @Test
    void aStaleEditIsAConflictAndARetiredArticleCannotBeEdited() {
        try (LedgerContext ctx = TestLedger.create(dir)) {
            FaqService faq = new FaqService(ctx);
            var op1 = ctx.whoIs("op1");
            long id = faq.add(op1, input("質問", "回答"));
            faq.edit(op1, id, 1, input("質問2", "回答"));
            assertThrows(ConflictException.class, () -> faq.edit(op1, id, 1, input("質問3", "回答")));
            faq.retire(op1, id, null);
            assertThrows(InvalidInputException.class, () -> faq.edit(op1, id, 4, input("質問4", "回答")));
            assertThrows(InvalidInputException.class, () -> faq.submit(op1, id, null));
        }
    }

    @Test
    void theUseCountComesFromLinkedInquiries() {
        try (LedgerContext ctx = TestLedger.create(dir)) {
            FaqService faq = new FaqService(ctx);
            var op1 = ctx.whoIs("op1");
            long id = faq.add(op1, input("届出期限", "15日以内"));
            faq.submit(op1, id, null);
            faq.approve(ctx.whoIs("op2"), id, null);
            InquiryService inquiries = new InquiryService(ctx);
            for (int i = 0; i < 3; i++) {
                long q = inquiries.add(op1, new InquiryInput(null, "電話", "市民課", "", "2-2", "期限は?", null));
                inquiries.answer(op1, q, "15日以内", List.of(id));
            }
            assertEquals(3, faq.get(op1, id).useCount());
            assertEquals(3, faq.list(op1, FaqStatus.PUBLISHED).get(0).useCount());
        }
    }
}
