package jp.shomu.ledger.service.inquiries;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import jp.shomu.ledger.domain.calendar.BusinessHours;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.inquiries.Channel;
import jp.shomu.ledger.domain.inquiries.FaqArticle;
import jp.shomu.ledger.domain.inquiries.Inquiry;
import jp.shomu.ledger.domain.inquiries.InquiryStatus;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.SensitiveData;
import jp.shomu.ledger.store.cases.CaseRepository;
import jp.shomu.ledger.store.inquiries.FaqRepository;
import jp.shomu.ledger.store.inquiries.InquiryRepository;

/**
 * The inquiry log (spec §8(2)①ウ): an operator logs a city employee's question, answers it (with the FAQ articles
 * used) or sends it on to the city, and closes it when the city has answered. 受付 → 回答済, or 受付 → 市へエスカレーション
 * → 完了; an answered inquiry may be closed too. First-response and resolution times are business minutes.
 * Whoever may work cases may log and answer; every text passes the My Number guard.
 */
public final class InquiryService {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final LedgerContext ctx;

    public InquiryService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** Logs a new inquiry as 受付 and returns its id. */
    public long add(StaffMember actor, InquiryInput in) {
        Permissions.require(actor, Action.CREATE_CASE);
        LocalDateTime now = now();
        LocalDateTime at = in.receivedAt() == null ? now : in.receivedAt().truncatedTo(ChronoUnit.MINUTES);
        if (at.isAfter(now.plusMinutes(5))) {
            throw new InvalidInputException("受付日時が未来になっています: " + at);
        }
        Channel channel = Channel.parse(in.channel() == null ? "" : in.channel());
        String department = TextRules.text("所属", in.department(), true);
        String employeeNo = TextRules.text("職員番号", in.employeeNo(), false);
        if (!employeeNo.isEmpty() && !employeeNo.matches("\\d{5,10}")) {
            throw new InvalidInputException("職員番号は5〜10桁の数字です");
        }
        String type = TextRules.typeCode(ctx.catalog(), in.typeCode(), false);
        String question = TextRules.text("質問", in.question(), true);
        Inquiry q = new Inquiry(
                0,
                at,
                channel,
                department,
                employeeNo,
                type,
                question,
                "",
                InquiryStatus.RECEIVED,
                actor.login(),
                "",
                null,
                null,
                null,
                null,
                in.caseId(),
                List.of(),
                1);
        return ctx.ledger().write(actor.login(), tx -> {
            if (in.caseId() != null
                    && CaseRepository.snapshot(tx.connection(), in.caseId()).isEmpty()) {
                throw new InvalidInputException("案件 " + in.caseId() + " は台帳にありません");
            }
            return InquiryRepository.insert(tx, q);
        });
    }

    /**
     * Records the answer and the FAQ articles it used. A received inquiry becomes 回答済 (first response and
     * resolution now); an escalated one becomes 完了 (the city's answer, resolution now). Returns the new version.
     */
    public long answer(StaffMember actor, long id, String answer, List<Long> faqIds) {
        Permissions.require(actor, Action.EDIT_CASE);
        String text = TextRules.text("回答", answer, true);
        List<Long> faqs = new ArrayList<>(new LinkedHashSet<>(faqIds));
        LocalDateTime now = now();
        return ctx.ledger().write(actor.login(), tx -> {
            Inquiry q = find(tx.connection(), id);
            for (long a : faqs) {
                FaqArticle article = FaqRepository.byId(tx.connection(), a)
                        .orElseThrow(() -> new InvalidInputException("FAQ " + a + " はありません"));
                if (!article.isLive()) {
                    throw new InvalidInputException(
                            "FAQ " + a + " は公開されていません(" + article.status().label() + ")");
                }
            }
            Inquiry changed;
            if (q.status() == InquiryStatus.RECEIVED) {
                long minutes = hours().minutesBetween(q.receivedAt(), now);
                changed = with(q, text, InquiryStatus.ANSWERED, actor.login(), now, minutes, now, minutes, faqs);
            } else if (q.status() == InquiryStatus.ESCALATED) {
                changed = with(
                        q,
                        text,
                        InquiryStatus.CLOSED,
                        actor.login(),
                        q.firstResponseAt(),
                        q.firstResponseMinutes(),
                        now,
                        hours().minutesBetween(q.receivedAt(), now),
                        faqs);
            } else {
                throw new InvalidInputException(
                        "問合せ " + id + " は" + q.status().label() + "です。回答できるのは受付と市へエスカレーションの問合せです");
            }
            return InquiryRepository.save(tx, changed, q.version(), "回答");
        });
    }

    /** Sends a received inquiry on to the city: the first response is now. Returns the new version. */
    public long escalate(StaffMember actor, long id, String note) {
        Permissions.require(actor, Action.EDIT_CASE);
        String text = TextRules.text("エスカレーションの内容", note, false);
        LocalDateTime now = now();
        return ctx.ledger().write(actor.login(), tx -> {
            Inquiry q = find(tx.connection(), id);
            if (q.status() != InquiryStatus.RECEIVED) {
                throw new InvalidInputException("問合せ " + id + " は" + q.status().label() + "です。市へ送れるのは受付の問合せです");
            }
            long minutes = hours().minutesBetween(q.receivedAt(), now);
            Inquiry changed =
                    with(q, text, InquiryStatus.ESCALATED, actor.login(), now, minutes, null, null, q.faqIds());
            return InquiryRepository.save(tx, changed, q.version(), "市へエスカレーション");
        });
    }

    /** Closes an answered inquiry (the asker confirmed). Returns the new version. */
    public long close(StaffMember actor, long id) {
        Permissions.require(actor, Action.EDIT_CASE);
        return ctx.ledger().write(actor.login(), tx -> {
            Inquiry q = find(tx.connection(), id);
            if (q.status() != InquiryStatus.ANSWERED) {
                throw new InvalidInputException("問合せ " + id + " は" + q.status().label() + "です。完了にできるのは回答済の問合せです");
            }
            Inquiry changed = with(
                    q,
                    q.answer(),
                    InquiryStatus.CLOSED,
                    q.answeredBy(),
                    q.firstResponseAt(),
                    q.firstResponseMinutes(),
                    q.resolvedAt(),
                    q.resolutionMinutes(),
                    q.faqIds());
            return InquiryRepository.save(tx, changed, q.version(), "完了");
        });
    }

    /**
     * Inquiries received in {@code month} (all when null), of one status (all when null), oldest first. The
     * employee number is shown only to those who may see sensitive values (SensitiveData.MASK otherwise).
     */
    public List<Inquiry> list(StaffMember actor, YearMonth month, InquiryStatus status) {
        Permissions.require(actor, Action.READ_CASES);
        String from = month == null ? null : month.atDay(1).toString();
        String to = month == null ? null : month.plusMonths(1).atDay(1).toString();
        List<Inquiry> rows = ctx.ledger().read(c -> InquiryRepository.list(c, from, to, status));
        return rows.stream().map(q -> masked(actor, q)).toList();
    }

    public Inquiry get(StaffMember actor, long id) {
        Permissions.require(actor, Action.READ_CASES);
        return masked(actor, ctx.ledger().read(c -> find(c, id)));
    }

    /** Past inquiries whose question or answer hold every typed word, best first. */
    public List<Inquiry> search(StaffMember actor, String text, int limit) {
        Permissions.require(actor, Action.READ_CASES);
        List<Long> ids = ctx.ledger().read(c -> InquiryRepository.search(c, text, limit));
        return ctx.ledger().read(c -> InquiryRepository.byIds(c, ids)).stream()
                .map(q -> masked(actor, q))
                .toList();
    }

    private Inquiry masked(StaffMember actor, Inquiry q) {
        if (q.employeeNo().isEmpty() || Permissions.allows(actor, Action.VIEW_SENSITIVE)) {
            return q;
        }
        return new Inquiry(
                q.id(),
                q.receivedAt(),
                q.channel(),
                q.department(),
                SensitiveData.MASK,
                q.typeCode(),
                q.question(),
                q.answer(),
                q.status(),
                q.recordedBy(),
                q.answeredBy(),
                q.firstResponseAt(),
                q.firstResponseMinutes(),
                q.resolvedAt(),
                q.resolutionMinutes(),
                q.caseId(),
                q.faqIds(),
                q.version());
    }

    private static Inquiry find(java.sql.Connection c, long id) throws java.sql.SQLException {
        return InquiryRepository.byId(c, id).orElseThrow(() -> new InvalidInputException("問合せ " + id + " はありません"));
    }

    private static Inquiry with(
            Inquiry q,
            String answer,
            InquiryStatus status,
            String answeredBy,
            LocalDateTime firstAt,
            Long firstMinutes,
            LocalDateTime resolvedAt,
            Long resolutionMinutes,
            List<Long> faqs) {
        return new Inquiry(
                q.id(),
                q.receivedAt(),
                q.channel(),
                q.department(),
                q.employeeNo(),
                q.typeCode(),
                q.question(),
                answer,
                status,
                q.recordedBy(),
                answeredBy,
                firstAt,
                firstMinutes,
                resolvedAt,
                resolutionMinutes,
                q.caseId(),
                faqs,
                q.version());
    }

    private BusinessHours hours() {
        return new BusinessHours(ctx.calendar());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(ctx.clock().withZone(JAPAN)).truncatedTo(ChronoUnit.SECONDS);
    }
}
