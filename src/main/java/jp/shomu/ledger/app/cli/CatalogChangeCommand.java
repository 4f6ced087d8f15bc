package jp.shomu.ledger.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.changes.ChangeKind;
import jp.shomu.ledger.domain.changes.ChangeProposal;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.TextFiles;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.settings.BundledCatalogService;
import jp.shomu.ledger.service.settings.ChangeReview;
import jp.shomu.ledger.service.settings.ChangeService;
import jp.shomu.ledger.store.settings.CatalogJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Changing the catalog under the four-eyes rule: show the version in force, propose a new one, review the
 * differences, approve (a different leader or manager) or reject.
 */
final class CatalogChangeCommand {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(JapanTime.ZONE);

    private CatalogChangeCommand() {}

    @Command(name = "show", description = "台帳で使っているカタログ(JSON、読みやすく改行)。ファイルに保存して編集し、catalog propose に渡せます")
    static final class Show extends CaseCommand.Acting {
        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            try {
                out().println(new ObjectMapper()
                        .readTree(CatalogJson.toJson(ctx.catalog()))
                        .toPrettyString());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "propose", description = "新しいカタログを提案する(業務責任者・管理責任者)。別の業務責任者・管理責任者が承認するまで使われません")
    static final class Propose extends CaseCommand.Acting {
        @Option(
                names = "--file",
                required = true,
                paramLabel = "PATH",
                description = "カタログの JSON ファイル(catalog show の形)、または catalog.json と types/ のあるフォルダ")
        Path file;

        @Option(names = "--summary", required = true, paramLabel = "TEXT", description = "何をなぜ変えるか")
        String summary;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            String payload = Files.isDirectory(file)
                    ? CatalogJson.toJson(CatalogJson.read(name -> Files.newInputStream(file.resolve(name))))
                    : TextFiles.read(file);
            long id = new ChangeService(ctx).propose(me, ChangeKind.CATALOG, summary, payload);
            out().println(id);
            return ExitCodes.DONE;
        }
    }

    @Command(name = "proposals", description = "変更提案の一覧(番号<TAB>種類<TAB>状態<TAB>提案日時<TAB>元の版<TAB>概要)")
    static final class Proposals extends CaseCommand.Acting {
        @Option(names = "--all", description = "承認・却下済みも含める")
        boolean all;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            for (ChangeProposal p : new ChangeService(ctx).proposals(me, !all)) {
                out().println(p.id() + "\t" + p.kind().label() + "\t"
                        + p.status().label() + "\t" + TIME.format(p.proposedAt()) + "\t" + p.baseVersion() + "\t"
                        + p.summary());
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "review", description = "変更提案の内容と、現在の版との違い")
    static final class Review extends CaseCommand.Acting {
        @Option(names = "--id", required = true, paramLabel = "N")
        long id;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            ChangeReview r = new ChangeService(ctx).review(me, id);
            ChangeProposal p = r.proposal();
            out().println("id=" + p.id());
            out().println("kind=" + p.kind().label());
            out().println("status=" + p.status().label());
            out().println("proposedBy=" + r.proposerName());
            out().println("proposedAt=" + TIME.format(p.proposedAt()));
            out().println("baseVersion=" + p.baseVersion() + (r.baseStillInForce() ? "" : "(すでに現在の版ではありません)"));
            out().println("summary=" + p.summary());
            out().println("differences=" + r.differences().size());
            r.differences().forEach(d -> out().println("  " + d));
            return ExitCodes.DONE;
        }
    }

    @Command(name = "approve", description = "変更提案を承認し、新しい版として使い始める(提案した本人以外の業務責任者・管理責任者)")
    static final class Approve extends CaseCommand.Acting {
        @Option(names = "--id", required = true, paramLabel = "N")
        long id;

        @Option(names = "--comment", paramLabel = "TEXT")
        String comment;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            int version = new ChangeService(ctx).approve(me, id, comment);
            out().println("version=" + version);
            return ExitCodes.DONE;
        }
    }

    @Command(name = "reject", description = "変更提案を却下する(提案した本人なら取下げ)")
    static final class Reject extends CaseCommand.Acting {
        @Option(names = "--id", required = true, paramLabel = "N")
        long id;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            new ChangeService(ctx).reject(me, id, reason);
            return ExitCodes.DONE;
        }
    }

    @Command(
            name = "propose-bundled",
            description = "アプリのカタログにあって台帳のカタログにない計算項目・年度別の基準値・項目を、変更提案にする(業務責任者・管理責任者)。"
                    + "提案番号を表示。追加するものがない・同じ提案が承認待ちのときは終了コード 1")
    static final class ProposeBundled extends CaseCommand.Acting {
        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            out().println(new BundledCatalogService(ctx).propose(me));
            return ExitCodes.DONE;
        }
    }
}
