package jp.shomu.ledger.service.desk;

import java.time.LocalDate;
import jp.shomu.ledger.domain.cases.CaseStatus;

/**
 * One case on the desk.
 *
 * @param businessDaysLeft business days from today to the due date (negative = over), null without a due date
 * @param since            when the case started waiting: the pause's start (不備照会・保留), the centre's approval
 *                         (市決裁待ち), the last save (確認待ち); null in the SLA sections
 * @param waitedDays       business days waited since {@code since}, 0 without it
 * @param addressee        with whom at the city a 保留 waits, else empty
 */
public record DeskLine(
        DeskSection section,
        long id,
        String typeCode,
        String subject,
        CaseStatus status,
        LocalDate dueOn,
        Long assigneeId,
        String assigneeLogin,
        String assigneeName,
        Integer businessDaysLeft,
        LocalDate since,
        int waitedDays,
        String addressee,
        long version) {}
