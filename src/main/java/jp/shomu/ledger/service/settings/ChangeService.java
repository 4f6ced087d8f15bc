package jp.shomu.ledger.service.settings;

import java.util.List;
import java.util.Optional;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.changes.ChangeKind;
import jp.shomu.ledger.domain.changes.ChangeProposal;
import jp.shomu.ledger.domain.changes.ChangeStatus;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.Tx;
import jp.shomu.ledger.store.settings.ChangeRepository;
import jp.shomu.ledger.store.settings.StaffRepository;

/**
 * Catalog and SLA-target changes under the four-eyes rule: a leader or manager proposes a whole new version, a
 * different leader or manager reviews the differences and approves, and only then does it take effect. A proposal
 * made against a version that is no longer in force cannot be approved, so one approval never undoes another.
 */
public final class ChangeService {
    private static final int LONGEST_SUMMARY = 500;

    private final LedgerContext ctx;

    public ChangeService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** Proposes {@code payload} (a whole catalog or settings document, JSON) as the next version; returns its number. */
    public long propose(StaffMember actor, ChangeKind kind, String summary, String payload) {
        Permissions.require(actor, Action.PROPOSE_CHANGE);
        if (summary == null || summary.isBlank() || summary.strip().length() > LONGEST_SUMMARY) {
            throw new InvalidInputException("変更の概要(何をなぜ変えるか)を" + LONGEST_SUMMARY + "文字以内で入力してください");
        }
        FieldInput.requireText("変更の概要", summary);
        FieldInput.requireText("提案の内容", payload);
        String canonical = ChangePayloads.canonical(kind, payload);
        if (canonical.equals(ChangePayloads.inForce(ctx, kind))) {
            throw new InvalidInputException("提案の内容は現在の" + kind.label() + "と同じです");
        }
        return ctx.ledger()
                .write(
                        actor.login(),
                        tx -> ChangeRepository.propose(
                                tx,
                                kind,
                                summary.strip(),
                                canonical,
                                ChangePayloads.versionInForce(tx.connection(), kind),
                                actor.id()));
    }

    /** Proposals newest first, for whoever decides on them and for the auditor. */
    public List<ChangeProposal> proposals(StaffMember viewer, boolean openOnly) {
        requireReader(viewer);
        return ctx.ledger().read(c -> ChangeRepository.list(c, openOnly));
    }

    public ChangeReview review(StaffMember viewer, long id) {
        requireReader(viewer);
        ChangeProposal p = get(id);
        String proposer = ctx.ledger()
                .read(c -> StaffRepository.byId(c, p.proposedBy()))
                .map(StaffMember::name)
                .orElse("#" + p.proposedBy());
        boolean inForce = ctx.ledger().read(c -> ChangePayloads.versionInForce(c, p.kind())) == p.baseVersion();
        List<ChangeDifference> diff =
                JsonDiff.between(ChangePayloads.reviewBase(ctx, p.kind()), ChangePayloads.tree(p.payload()));
        return new ChangeReview(p, proposer, diff, inForce);
    }

    /** A second leader or manager puts the proposal in force; returns the new catalog or settings version. */
    public int approve(StaffMember actor, long id, String note) {
        Permissions.require(actor, Action.APPROVE_CHANGE);
        FieldInput.requireText("承認のコメント", note);
        return ctx.ledger().write(actor.login(), tx -> {
            ChangeProposal p = open(tx, id);
            if (p.proposedBy() == actor.id()) {
                throw new PermissionDeniedException("自分の提案は承認できません。別の業務責任者または管理責任者が内容を確認して承認します。");
            }
            int inForce = ChangePayloads.versionInForce(tx.connection(), p.kind());
            if (inForce != p.baseVersion()) {
                throw new InvalidInputException("この提案の後に" + p.kind().label() + "が版 " + inForce + " になりました。"
                        + "この提案は却下し、版 " + inForce + " をもとに提案し直してください。");
            }
            if (!ChangeRepository.payloadIntact(tx.connection(), p)) {
                throw new LedgerException(
                        LedgerProblem.VERIFY_FAILED,
                        "変更提案 " + id + " の内容が提案時と一致しません" + "(アプリを通さずに変更された可能性)。承認できません。管理責任者に連絡してください。");
            }
            int version = ChangePayloads.apply(tx, p.kind(), p.payload(), p.id());
            ChangeRepository.decide(
                    tx, p, ChangeStatus.APPROVED, actor.id(), note == null ? "" : note.strip(), version);
            return version;
        });
    }

    /** Another leader or manager rejects the proposal, or its proposer withdraws it; a reason is required. */
    public void reject(StaffMember actor, long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("却下・取下げの理由を入力してください");
        }
        FieldInput.requireText("理由", reason);
        ctx.ledger().write(actor.login(), tx -> {
            ChangeProposal p = open(tx, id);
            boolean own = p.proposedBy() == actor.id();
            Permissions.require(actor, own ? Action.PROPOSE_CHANGE : Action.APPROVE_CHANGE);
            ChangeRepository.decide(
                    tx, p, own ? ChangeStatus.WITHDRAWN : ChangeStatus.REJECTED, actor.id(), reason.strip(), null);
            return null;
        });
    }

    /** The approved settings of {@code kind} in force (JSON), for whoever computes with them; empty before the first. */
    public Optional<String> settingsInForce(ChangeKind kind) {
        if (kind == ChangeKind.CATALOG) {
            throw new IllegalArgumentException("カタログは LedgerContext.catalog() で読みます");
        }
        return ctx.ledger().read(c -> ChangeRepository.currentSettings(c, kind));
    }

    private ChangeProposal get(long id) {
        return ctx.ledger()
                .read(c -> ChangeRepository.get(c, id))
                .orElseThrow(() -> new InvalidInputException("変更提案 " + id + " はありません"));
    }

    private static ChangeProposal open(Tx tx, long id) throws java.sql.SQLException {
        ChangeProposal p = ChangeRepository.get(tx.connection(), id)
                .orElseThrow(() -> new InvalidInputException("変更提案 " + id + " はありません"));
        if (!p.isOpen()) {
            throw new InvalidInputException("変更提案 " + id + " はすでに「" + p.status().label() + "」です");
        }
        return p;
    }

    private static void requireReader(StaffMember viewer) {
        if (!Permissions.allows(viewer, Action.APPROVE_CHANGE) && !Permissions.allows(viewer, Action.VIEW_AUDIT)) {
            Permissions.require(viewer, Action.APPROVE_CHANGE);
        }
    }
}
