package jp.shomu.ledger.app.cli;

import jp.shomu.ledger.domain.cases.LinkKind;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.cases.CaseLinkService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code case link} and {@code case follow-on}: linked cases from the command line. */
final class CaseLinkCommands {
    private CaseLinkCommands() {}

    @Command(name = "link", description = "案件を関連付ける。--kind parent は --to の案件を親案件にする。自分自身・重複・親子の循環は終了コード1")
    static final class Link extends CaseCommand.Acting {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;

        @Option(names = "--to", required = true, paramLabel = "ID", description = "関連付ける相手の案件番号")
        long to;

        @Option(names = "--kind", required = true, paramLabel = "parent|related")
        String kind;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            LinkKind k = LinkKind.of(kind);
            new CaseLinkService(ctx).link(me, id, to, k);
            out().println("linked " + id + " " + k.word() + ":" + to);
            return ExitCodes.DONE;
        }
    }

    @Command(name = "follow-on", description = "後続案件(1-1→3-1・3-3、1-2→2-2・3-1 など)を作り、新しい案件番号を表示する。カタログの定めで項目を引き継ぐ")
    static final class FollowOn extends CaseCommand.Acting {
        @Option(names = "--id", required = true, paramLabel = "ID", description = "元の案件")
        long id;

        @Option(names = "--type", required = true, paramLabel = "CODE", description = "後続案件の中区分コード")
        String type;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            out().println(new CaseLinkService(ctx).followOn(me, id, type));
            return ExitCodes.DONE;
        }
    }
}
