package jp.shomu.ledger.service.inquiries;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.inquiries.Channel;
import jp.shomu.ledger.domain.inquiries.InquiryFigures;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.inquiries.InquiryTallies;

/** A month's inquiry and FAQ figures for the monthly report (issue #15), one short statement at a time. */
public final class InquiryReportService {
    private final LedgerContext ctx;

    public InquiryReportService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    public InquiryFigures figures(StaffMember viewer, YearMonth month) {
        Permissions.require(viewer, Action.MONTHLY_REPORT);
        String from = month.atDay(1).toString();
        String to = month.plusMonths(1).atDay(1).toString();
        Map<String, Long> counted = ctx.ledger().read(c -> InquiryTallies.countBy(c, "channel", from, to));
        Map<String, Long> channels = new LinkedHashMap<>();
        for (Channel ch : Channel.values()) {
            // every channel, 0 included, in the fixed order: the report compares months
            channels.put(ch.label(), counted.getOrDefault(ch.name(), 0L));
        }
        Map<String, Long> types = new LinkedHashMap<>();
        ctx.ledger()
                .read(c -> InquiryTallies.countBy(c, "type_code", from, to))
                .forEach((k, v) -> types.put(
                        k.isEmpty()
                                ? "(中区分なし)"
                                : k + " "
                                        + ctx.catalog()
                                                .taskType(k)
                                                .map(jp.shomu.ledger.domain.catalog.TaskType::name)
                                                .orElse(""),
                        v));
        Map<String, Long> departments = ctx.ledger().read(c -> InquiryTallies.countBy(c, "department", from, to));
        long received = channels.values().stream().mapToLong(Long::longValue).sum();
        List<Long> minutes = ctx.ledger().read(c -> InquiryTallies.firstResponseMinutes(c, from, to));
        return new InquiryFigures(
                month,
                received,
                channels,
                types,
                departments,
                minutes.size(),
                InquiryFigures.percentile(minutes, 50),
                InquiryFigures.percentile(minutes, 90),
                ctx.ledger().read(c -> InquiryTallies.escalated(c, from, to)),
                ctx.ledger().read(c -> InquiryTallies.open(c, from, to)),
                ctx.ledger().read(c -> InquiryTallies.faqChanges(c, "承認", true, from, to)),
                ctx.ledger().read(c -> InquiryTallies.faqChanges(c, "承認", false, from, to)),
                ctx.ledger().read(c -> InquiryTallies.faqChanges(c, "廃止", null, from, to)));
    }
}
