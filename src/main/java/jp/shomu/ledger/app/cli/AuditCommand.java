package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.shomu.ledger.domain.audit.AuditEntities;
import jp.shomu.ledger.domain.audit.AuditFilter;
import jp.shomu.ledger.domain.audit.ChainHead;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.audit.AuditWorkbook;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.audit.AuditCompactor;
import jp.shomu.ledger.service.audit.AuditEntry;
import jp.shomu.ledger.service.audit.AuditPage;
import jp.shomu.ledger.service.audit.AuditTrail;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.audit.AuditAnchors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The audit trail and view log: list with filters, export a period to Excel, and the chain head to anchor. */
@Command(
        name = "audit",
        description = "監査ログ・閲覧記録(一覧、Excel出力、アンカー)",
        subcommands = {
            AuditCommand.ListEntries.class,
            AuditCommand.Export.class,
            AuditCommand.Head.class,
            AuditCommand.Compact.class
        })
final class AuditCommand {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(JapanTime.ZONE);

    private AuditCommand() {}

    static LocalDate date(String text) {
        return text == null ? null : Wareki.parse(text);
    }

    @Command(
            name = "list",
            description = "監査ログの一覧、新しい順(番号<TAB>日時<TAB>ログイン名<TAB>氏名<TAB>対象<TAB>対象番号"
                    + "<TAB>操作<TAB>内容)。機微情報は伏せ字。監査ログの保管ファイルへ移した古い行は、そのファイルを --ledger に指定して見ます。"
                    + "監査・業務責任者・管理責任者")
    static final class ListEntries extends CaseCommand.Acting {
        @Option(names = "--from", paramLabel = "DATE", description = "この日から")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "この日まで")
        String to;

        @Option(names = "--actor", paramLabel = "LOGIN", description = "操作した人のログイン名")
        String actor;

        @Option(names = "--entity", paramLabel = "KIND", description = "対象(案件、職員名簿、閲覧、出力 … または case など)。繰り返し指定できます")
        List<String> entities = new ArrayList<>();

        @Option(names = "--id", paramLabel = "ID", description = "対象番号(案件番号など)")
        String entityId;

        @Option(names = "--views", description = "閲覧記録(個人情報の閲覧と出力)だけ")
        boolean views;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "200", description = "最大の行数(既定 200)")
        int limit;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            Set<String> kinds = new TreeSet<>(views ? AuditEntities.VIEW_LOG : Set.of());
            entities.forEach(e -> kinds.add(entity(e)));
            AuditFilter filter = new AuditFilter(date(from), date(to), actor, kinds, entityId);
            AuditTrail trail = new AuditTrail(ctx);
            long before = Long.MAX_VALUE;
            int left = limit;
            while (left > 0) {
                AuditPage page = trail.page(me, filter, before, Math.min(left, AuditTrail.MAX_PAGE));
                page.entries().forEach(e -> out().println(line(e)));
                left -= page.entries().size();
                if (!page.hasMore()) {
                    if (!page.earlierHistory().isEmpty()) {
                        err().println("注: " + page.earlierHistory());
                    }
                    break;
                }
                before = page.nextBeforeSeq();
            }
            return ExitCodes.DONE;
        }

        private static String entity(String text) {
            for (Map.Entry<String, String> e : AuditEntities.all().entrySet()) {
                if (e.getKey().equals(text) || e.getValue().equals(text)) {
                    return e.getKey();
                }
            }
            throw new InvalidInputException("対象「" + text + "」はありません。使えるもの: "
                    + String.join("、", AuditEntities.all().values()));
        }

        private static String line(AuditEntry e) {
            return e.seq() + "\t" + TIME.format(e.at()) + "\t" + e.actor() + "\t" + e.actorName() + "\t"
                    + e.entityLabel() + "\t" + e.entityId() + "\t" + e.action() + "\t" + e.summary();
        }
    }

    @Command(name = "export", description = "期間の監査ログと閲覧記録を Excel に出力する(機微情報は伏せ字。出力したことも記録されます)。" + "監査・業務責任者・管理責任者")
    static final class Export extends CaseCommand.Acting {
        @Option(names = "--from", required = true, paramLabel = "DATE")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DATE")
        String to;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx")
        Path out;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            AuditWorkbook.Result r = AuditWorkbook.write(ctx, me, date(from), date(to), out);
            out().println("出力しました: " + out.toAbsolutePath() + "(監査ログ " + r.trailRows() + " 行、閲覧記録 " + r.viewRows()
                    + " 行)");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "head", description = "その日の終わりの監査ログの末尾(アンカー)。月次報告に印刷し、verify --anchor で確かめる")
    static final class Head extends BaseCommand {
        @Option(names = "--date", required = true, paramLabel = "DATE", description = "日付(月末など)")
        String date;

        @Override
        public Integer call() {
            try (Ledger ledger = Ledger.open(ledgerFile, env.clock())) {
                ChainHead head = AuditAnchors.headAt(ledger, date(date));
                out().println("seq=" + head.seq());
                out().println("anchor=" + head.anchor());
            }
            return ExitCodes.DONE;
        }
    }

    @Command(
            name = "compact",
            description = "以前の形式の監査ログの行を圧縮形式に変換する(内容とハッシュは同じ。前後に台帳を検査。中断しても再実行で続きから)。" + "業務責任者・管理責任者")
    static final class Compact extends CaseCommand.Acting {
        @Option(names = "--batch", defaultValue = "500", paramLabel = "N", description = "1回の書き込みで変換する行数(既定 500)")
        int batch;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            AuditCompactor.Outcome o = new AuditCompactor(ctx).compact(me, batch, line -> {
                out().println(line);
                out().flush();
            });
            out().printf(
                            "監査ログの変換を終えました: 開始時に未変換 %,d 行、書き直した行 %,d、ファイルシステムへ返した空きページ %,d。変換の前後とも検査は正常です。%n",
                            o.pendingAtStart(), o.rewritten(), o.pagesReleased());
            return ExitCodes.DONE;
        }
    }
}
