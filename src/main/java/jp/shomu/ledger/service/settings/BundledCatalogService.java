package jp.shomu.ledger.service.settings;

import java.util.List;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.CatalogAdditions;
import jp.shomu.ledger.domain.changes.ChangeKind;
import jp.shomu.ledger.domain.changes.ChangeProposal;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.settings.CatalogFormatException;
import jp.shomu.ledger.store.settings.CatalogJson;

/**
 * A ledger made before this version of the app keeps the catalog it was made with: the formulas, thresholds and fields
 * the app now brings reach it only through a catalog change (four eyes). This says what the app's catalog would add,
 * and proposes exactly that in one step; a second leader or manager approves it as any other catalog change.
 */
public final class BundledCatalogService {
    private static final int LONGEST_SUMMARY = 500;

    /**
     * What the app's catalog adds to the ledger's, and the open proposal that already carries all of it (null when
     * none does: then a proposal is worth making).
     */
    public record Offer(CatalogAdditions additions, Long pendingProposal) {
        public boolean worthProposing() {
            return !additions.isEmpty() && pendingProposal == null;
        }
    }

    private final LedgerContext ctx;

    public BundledCatalogService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** For those who propose catalog changes (業務責任者, 管理責任者). */
    public Offer offer(StaffMember viewer) {
        Permissions.require(viewer, Action.PROPOSE_CHANGE);
        CatalogAdditions additions = CatalogAdditions.of(ctx.catalog(), Bundled.CATALOG);
        if (additions.isEmpty()) {
            return new Offer(additions, null);
        }
        Long pending = new ChangeService(ctx)
                .proposals(viewer, true).stream()
                        .filter(p -> p.kind() == ChangeKind.CATALOG && carriesEverything(p))
                        .map(ChangeProposal::id)
                        .findFirst()
                        .orElse(null);
        return new Offer(additions, pending);
    }

    /**
     * Proposes the ledger's catalog with what the app's catalog adds; returns the proposal's number. Refused when there
     * is nothing to add, or when an open proposal already carries it all.
     */
    public long propose(StaffMember actor) {
        Offer offer = offer(actor);
        if (offer.additions().isEmpty()) {
            throw new InvalidInputException("アプリのカタログに、台帳のカタログにない計算項目・基準値・項目はありません");
        }
        if (offer.pendingProposal() != null) {
            throw new InvalidInputException(
                    "アプリの新しいカタログを取り込む変更提案 " + offer.pendingProposal() + " がすでに承認を待っています。別の業務責任者または管理責任者が承認します");
        }
        return new ChangeService(ctx)
                .propose(
                        actor,
                        ChangeKind.CATALOG,
                        summary(offer.additions().items()),
                        CatalogJson.toJson(offer.additions().merged()));
    }

    /** "アプリのカタログから追加(12件): 1-2「経過日数」(計算項目)を追加、…", cut to the summary's length. */
    static String summary(List<String> items) {
        String head = "アプリのカタログから追加(" + items.size() + "件): ";
        StringBuilder s = new StringBuilder(head);
        for (int i = 0; i < items.size(); i++) {
            String next = (i == 0 ? "" : "、") + items.get(i);
            String rest = "ほか" + (items.size() - i) + "件";
            if (s.length() + next.length() + rest.length() + 1 > LONGEST_SUMMARY) {
                return s.append("、").append(rest).toString();
            }
            s.append(next);
        }
        return s.toString();
    }

    private static boolean carriesEverything(ChangeProposal p) {
        try {
            return CatalogAdditions.of(CatalogJson.validated(p.payload(), "変更提案 " + p.id()), Bundled.CATALOG)
                    .isEmpty();
        } catch (CatalogFormatException e) {
            return false; // a proposal that no longer reads is not the one that brings the app's catalog
        }
    }

    /** Read once: the app's catalog does not change while it runs. */
    private static final class Bundled {
        static final Catalog CATALOG = CatalogJson.bundled();
    }
}
