package jp.shomu.ledger.service.inquiries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.inquiries.Inquiry;
import jp.shomu.ledger.domain.inquiries.InquiryStatus;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.SensitiveData;
import jp.shomu.ledger.service.TestLedger;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import jp.shomu.ledger.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InquiryServiceTest {
    @TempDir
    Path dir;

    @Test
    void anEscalatedInquiryIsClosedWhenTheCityAnswersAndItsTimesAreBusinessMinutes() {
        MutableClock clock = new MutableClock(TestLedger.CLOCK.instant());
        try (LedgerContext ctx = TestLedger.create(dir, clock)) {
            InquiryService inquiries = new InquiryService(ctx);
            var op = ctx.whoIs("op1");
            // received Friday 2027-04-09 16:45; now Monday 2027-04-12 10:00
            long id = inquiries.add(
                    op,
                    new InquiryInput(
                            LocalDateTime.of(2027, 4, 9, 16, 45), "メール", "見本局 総務課", "1234567", "2-7", "旅費の特例は?", null));
            inquiries.escalate(op, id, "市の人事課へ照会");
            Inquiry escalated = inquiries.get(op, id);
            assertEquals(InquiryStatus.ESCALATED, escalated.status());
            assertEquals(30 + 90, escalated.firstResponseMinutes(), "16:45–17:15 Friday, 8:30–10:00 Monday");
            assertNull(escalated.resolvedAt());

            clock.advance(java.time.Duration.ofDays(1));
            inquiries.answer(op, id, "市の回答: 特例は適用できません", List.of());
            Inquiry closed = inquiries.get(op, id);
            assertEquals(InquiryStatus.CLOSED, closed.status());
            assertEquals(120 + 525, closed.resolutionMinutes());
            assertEquals(120, closed.firstResponseMinutes(), "the first response stays when the city answers");
            assertTrue(LedgerVerifier.verify(ctx.ledger()).ok());
        }
    }

    @Test
    void anAnsweredInquiryCannotBeAnsweredAgainButCanBeClosed() {
        try (LedgerContext ctx = TestLedger.create(dir)) {
            InquiryService inquiries = new InquiryService(ctx);
            var op = ctx.whoIs("op1");
            long id = inquiries.add(op, new InquiryInput(null, "電話", "消防局 総務課", "", "", "年末調整の締切は?", null));
            inquiries.answer(op, id, "11月末です", List.of());
            assertEquals(0L, inquiries.get(op, id).firstResponseMinutes(), "answered while still on the phone");
            assertThrows(InvalidInputException.class, () -> inquiries.answer(op, id, "再回答", List.of()));
            inquiries.close(op, id);
            assertEquals(InquiryStatus.CLOSED, inquiries.get(op, id).status());
            assertEquals(
                    1,
                    inquiries
                            .list(op, YearMonth.of(2027, 4), InquiryStatus.CLOSED)
                            .size());
            assertEquals(0, inquiries.list(op, YearMonth.of(2027, 3), null).size());
        }
    }

    @Test
    void everyTextPassesTheMyNumberGuardAndAnUnpublishedFaqCannotBeCited() {
        try (LedgerContext ctx = TestLedger.create(dir)) {
            InquiryService inquiries = new InquiryService(ctx);
            var op = ctx.whoIs("op1");
            assertThrows(
                    InvalidInputException.class,
                    () -> inquiries.add(op, new InquiryInput(null, "電話", "市民課 123456789018", "", "", "質問", null)));
            long id = inquiries.add(op, new InquiryInput(null, "電話", "市民課", "", "", "質問", null));
            assertThrows(InvalidInputException.class, () -> inquiries.answer(op, id, "番号 1234-5678-9018", List.of()));
            long draft = new FaqService(ctx).add(op, new FaqInput("2-2", "扶養の届出", "15日以内", List.of(), List.of(), ""));
            assertThrows(InvalidInputException.class, () -> inquiries.answer(op, id, "回答", List.of(draft)));
        }
    }

    @Test
    void theAuditorReadsButDoesNotLogAndSeesNoEmployeeNumber() {
        try (LedgerContext ctx = TestLedger.create(dir)) {
            InquiryService inquiries = new InquiryService(ctx);
            var audit = ctx.whoIs("audit");
            assertThrows(
                    PermissionDeniedException.class,
                    () -> inquiries.add(audit, new InquiryInput(null, "電話", "市民課", "", "", "質問", null)));
            long id =
                    inquiries.add(ctx.whoIs("op1"), new InquiryInput(null, "窓口", "市民課", "1234567", "", "扶養の質問", null));
            assertEquals(SensitiveData.MASK, inquiries.get(audit, id).employeeNo());
            assertEquals("1234567", inquiries.get(ctx.whoIs("op2"), id).employeeNo());
            assertEquals(id, inquiries.search(audit, "扶", 10).get(0).id(), "one character finds past inquiries");
        }
    }
}
