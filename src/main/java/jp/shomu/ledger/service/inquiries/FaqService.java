package jp.shomu.ledger.service.inquiries;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.inquiries.FaqArticle;
import jp.shomu.ledger.domain.inquiries.FaqStatus;
import jp.shomu.ledger.domain.inquiries.FaqVersion;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.Tx;
import jp.shomu.ledger.store.inquiries.FaqRepository;
import jp.shomu.ledger.store.inquiries.InquiryRepository;

/**
 * FAQ articles (spec §14: the FAQ kept current 「変更の都度随時」): written as a draft, submitted, approved by a second
 * person — never whoever wrote or last edited the words — and so published, later retired. Every version is kept
 * with who made it; a published article being revised stays live in its approved words until the revision is
 * approved. Operators, leaders and managers write and approve (the double-check permission); auditors read.
 */
public final class FaqService {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final LedgerContext ctx;

    public FaqService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** A view of an article for lists: the working copy, its live words if any, and how many inquiries used it. */
    public record Entry(FaqArticle article, FaqVersion live, long useCount) {}

    /** Adds a draft and returns its id. */
    public long add(StaffMember actor, FaqInput in) {
        Permissions.require(actor, Action.EDIT_CASE);
        FaqInput v = checked(in);
        LocalDateTime now = now();
        FaqArticle a = new FaqArticle(
                0,
                FaqStatus.DRAFT,
                v.typeCode(),
                v.question(),
                v.answer(),
                v.keywords(),
                v.related(),
                v.source(),
                actor.login(),
                actor.login(),
                "",
                null,
                now,
                now,
                1);
        return ctx.ledger().write(actor.login(), tx -> {
            checkRelated(tx, v.related(), 0);
            return FaqRepository.insert(tx, a, "作成");
        });
    }

    /**
     * Changes the words of an article last read at {@code expectedVersion}; it becomes a draft again (a published
     * one stays live in its approved words), and whoever edits becomes its editor, who may not approve it.
     */
    public long edit(StaffMember actor, long id, long expectedVersion, FaqInput in) {
        Permissions.require(actor, Action.EDIT_CASE);
        FaqInput v = checked(in);
        LocalDateTime now = now();
        return ctx.ledger().write(actor.login(), tx -> {
            FaqArticle a = find(tx, id);
            if (a.status() == FaqStatus.RETIRED) {
                throw new InvalidInputException("FAQ " + id + " は廃止されています。新しい FAQ として作成してください");
            }
            checkRelated(tx, v.related(), id);
            FaqArticle changed = new FaqArticle(
                    id,
                    FaqStatus.DRAFT,
                    v.typeCode(),
                    v.question(),
                    v.answer(),
                    v.keywords(),
                    v.related(),
                    v.source(),
                    a.author(),
                    actor.login(),
                    "",
                    a.publishedVersion(),
                    a.createdAt(),
                    now,
                    a.version());
            return FaqRepository.save(tx, changed, expectedVersion, "編集");
        });
    }

    /** 下書き → 確認待ち. {@code expectedVersion} null: the version now saved. */
    public long submit(StaffMember actor, long id, Long expectedVersion) {
        Permissions.require(actor, Action.EDIT_CASE);
        return move(actor, id, expectedVersion, FaqStatus.DRAFT, FaqStatus.IN_REVIEW, "確認依頼");
    }

    /** 確認待ち → 下書き: the reviewer sends the words back. */
    public long sendBack(StaffMember actor, long id, Long expectedVersion) {
        Permissions.require(actor, Action.DOUBLE_CHECK);
        return move(actor, id, expectedVersion, FaqStatus.IN_REVIEW, FaqStatus.DRAFT, "差戻し");
    }

    /**
     * 確認待ち → 公開, by a second person: the author or the last editor is refused ({@link PermissionDeniedException},
     * exit 1). The approved words become the live version.
     */
    public long approve(StaffMember actor, long id, Long expectedVersion) {
        Permissions.require(actor, Action.DOUBLE_CHECK);
        return move(actor, id, expectedVersion, FaqStatus.IN_REVIEW, FaqStatus.PUBLISHED, "承認");
    }

    /** Any article not yet retired → 廃止: it leaves search and every export. */
    public long retire(StaffMember actor, long id, Long expectedVersion) {
        Permissions.require(actor, Action.EDIT_CASE);
        return move(actor, id, expectedVersion, null, FaqStatus.RETIRED, "廃止");
    }

    private long move(StaffMember actor, long id, Long expectedVersion, FaqStatus from, FaqStatus to, String action) {
        LocalDateTime now = now();
        return ctx.ledger().write(actor.login(), tx -> {
            FaqArticle a = find(tx, id);
            if (from != null && a.status() != from) {
                throw new InvalidInputException("FAQ " + id + " は" + a.status().label() + "です。「" + action + "」できるのは"
                        + from.label() + "の FAQ です");
            }
            if (from == null && a.status() == FaqStatus.RETIRED) {
                throw new InvalidInputException("FAQ " + id + " はすでに廃止されています");
            }
            if (to == FaqStatus.PUBLISHED
                    && (a.author().equalsIgnoreCase(actor.login()) || a.editor().equalsIgnoreCase(actor.login()))) {
                throw new PermissionDeniedException("FAQ " + id + " を書いた人・最後に編集した人は承認できません。別の人に確認を依頼してください。");
            }
            long expected = expectedVersion == null ? a.version() : expectedVersion;
            boolean publishing = to == FaqStatus.PUBLISHED;
            FaqArticle changed = new FaqArticle(
                    id,
                    to,
                    a.typeCode(),
                    a.question(),
                    a.answer(),
                    a.keywords(),
                    a.related(),
                    a.source(),
                    a.author(),
                    a.editor(),
                    publishing ? actor.login() : a.approvedBy(),
                    publishing ? Long.valueOf(expected + 1) : a.publishedVersion(),
                    a.createdAt(),
                    now,
                    a.version());
            return FaqRepository.save(tx, changed, expected, action);
        });
    }

    public Entry get(StaffMember actor, long id) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(c -> {
            FaqArticle a = FaqRepository.byId(c, id).orElseThrow(() -> notFound(id));
            FaqVersion live = a.publishedVersion() == null
                    ? null
                    : FaqRepository.version(c, id, a.publishedVersion()).orElse(null);
            return new Entry(a, live, InquiryRepository.useCount(c, id));
        });
    }

    /** Every article, or those of one status, with their use counts. */
    public List<Entry> list(StaffMember actor, FaqStatus status) {
        Permissions.require(actor, Action.READ_CASES);
        List<FaqArticle> articles = ctx.ledger().read(c -> FaqRepository.all(c, status));
        List<Entry> out = new ArrayList<>();
        for (FaqArticle a : articles) {
            out.add(get(actor, a.id()));
        }
        return out;
    }

    /** The live words of every live article (what may leave the ledger), by task type and id. */
    public List<FaqVersion> live(StaffMember actor) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(FaqRepository::live);
    }

    /** Live articles whose live question, answer or keywords hold every typed word, best first. */
    public List<FaqVersion> search(StaffMember actor, String text, int limit) {
        Permissions.require(actor, Action.READ_CASES);
        List<Long> ids = ctx.ledger().read(c -> FaqRepository.search(c, text, limit));
        return ctx.ledger().read(c -> FaqRepository.liveByIds(c, ids));
    }

    /** Every kept version, oldest first. */
    public List<FaqVersion> history(StaffMember actor, long id) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(c -> FaqRepository.versions(c, id));
    }

    /**
     * What the working copy changes against the live words (against nothing for an article never published): what a
     * reviewer approves.
     */
    public List<String> pendingDifference(StaffMember actor, long id) {
        Entry e = get(actor, id);
        List<FaqVersion> versions = history(actor, id);
        FaqVersion current = versions.get(versions.size() - 1);
        return FaqDifference.between(e.live(), current);
    }

    private FaqInput checked(FaqInput in) {
        String type = TextRules.typeCode(ctx.catalog(), in.typeCode(), true);
        String question = TextRules.text("質問", in.question(), true);
        String answer = TextRules.text("回答", in.answer(), true);
        List<String> keywords = new ArrayList<>();
        for (String k : new LinkedHashSet<>(in.keywords())) {
            String kw = TextRules.text("キーワード", k, false);
            if (!kw.isEmpty()) {
                if (kw.contains("\n")) {
                    throw new InvalidInputException("キーワードに改行は使えません");
                }
                keywords.add(kw);
            }
        }
        String source = TextRules.text("出典", in.source(), false);
        return new FaqInput(type, question, answer, keywords, List.copyOf(new LinkedHashSet<>(in.related())), source);
    }

    private static void checkRelated(Tx tx, List<Long> related, long self) throws java.sql.SQLException {
        for (long r : related) {
            if (r == self || FaqRepository.byId(tx.connection(), r).isEmpty()) {
                throw new InvalidInputException("関連 FAQ " + r + " はありません");
            }
        }
    }

    private static FaqArticle find(Tx tx, long id) throws java.sql.SQLException {
        return FaqRepository.byId(tx.connection(), id).orElseThrow(() -> notFound(id));
    }

    private static InvalidInputException notFound(long id) {
        return new InvalidInputException("FAQ " + id + " はありません");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(ctx.clock().withZone(JAPAN)).truncatedTo(ChronoUnit.SECONDS);
    }
}
