package jp.shomu.ledger.service.reports;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.shomu.ledger.domain.audit.ChainAnchor;
import jp.shomu.ledger.domain.audit.ChainHead;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.kpi.Figure;
import jp.shomu.ledger.domain.kpi.MonthlyFigures;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.ProgressSink;
import jp.shomu.ledger.store.audit.AuditAnchors;
import jp.shomu.ledger.store.months.AcceptedMonthRepository;
import jp.shomu.ledger.store.settings.StaffRepository;

/**
 * Months the city has accepted (spec §16: it pays on the report it accepted). Once accepted, a month's report is
 * kept as issued, byte for byte, with its anchor; asking for that month's report again gives that file. A correction
 * recorded later for such a month shows in the report of the month it is recorded in (前月以前の訂正).
 */
public final class MonthAcceptanceService {
    private final LedgerContext ctx;

    public MonthAcceptanceService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** An accepted month's report as issued. */
    public record Accepted(
            YearMonth month, byte[] workbook, String anchor, String acceptedBy, Instant acceptedAt, String note) {}

    /** The accepted report of {@code month}, if the city has accepted it. */
    public Optional<Accepted> accepted(StaffMember viewer, YearMonth month) {
        Permissions.require(viewer, Action.MONTHLY_REPORT);
        return ctx.ledger().read(c -> {
            var row = AcceptedMonthRepository.find(c, month);
            if (row.isEmpty()) {
                return Optional.<Accepted>empty();
            }
            var a = row.get();
            String by = StaffRepository.all(c).stream()
                    .filter(s -> s.id() == a.acceptedBy())
                    .map(StaffMember::name)
                    .findFirst()
                    .orElse("#" + a.acceptedBy());
            return Optional.of(new Accepted(a.month(), a.workbook(), a.anchor(), by, a.acceptedAt(), a.note()));
        });
    }

    /**
     * Records that the city accepted {@code month}'s report, the file {@code workbook} whose cover printed
     * {@code anchorOnCover}. The anchor must be this ledger's chain head at the end of the month: so the file kept
     * is a report of this month made from this ledger.
     *
     * @return the number of the record
     */
    public long accept(StaffMember actor, YearMonth month, byte[] workbook, ChainAnchor anchorOnCover, String note) {
        Permissions.require(actor, Action.MONTHLY_REPORT);
        if (!actor.role().isLeaderOrAbove()) {
            throw new PermissionDeniedException("月次報告の受理を記録できるのは業務責任者と管理責任者です。");
        }
        FieldInput.requireText("受理の記録", note);
        if (!month.atEndOfMonth().isBefore(ctx.today())) {
            throw new InvalidInputException(Wareki.formatMonth(month) + "はまだ終わっていないため、受理を記録できません。");
        }
        ChainHead head = AuditAnchors.headAt(ctx.ledger(), month.atEndOfMonth());
        if (!head.hash().equalsIgnoreCase(anchorOnCover.hash()) || !head.date().equals(anchorOnCover.date())) {
            throw new InvalidInputException("このファイルの監査ログのアンカーが、この台帳の" + Wareki.formatMonth(month)
                    + "末の値と一致しません。この台帳から作成した" + Wareki.formatMonth(month) + "の報告書を指定してください。");
        }
        MonthlyFigures f = new MonthlyReportService(ctx).figures(actor, month, false, ProgressSink.NONE);
        Map<String, String> totals = new TreeMap<>();
        for (Figure fig : Figure.values()) {
            totals.put(fig.name(), Long.toString(f.totals().get(fig)));
        }
        String anchorText = head.hash() + "@" + head.date();
        return ctx.ledger().write(actor.login(), tx -> {
            if (AcceptedMonthRepository.find(tx.connection(), month).isPresent()) {
                throw new InvalidInputException(Wareki.formatMonth(month) + "はすでに受理済みです。受理した報告書は変更できません。");
            }
            return AcceptedMonthRepository.insert(
                    tx, month, workbook, anchorText, totals, actor.id(), note == null ? "" : note.strip());
        });
    }
}
