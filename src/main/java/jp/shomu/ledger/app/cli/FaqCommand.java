package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.inquiries.FaqVersion;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.faq.FaqExport;
import jp.shomu.ledger.report.imports.ImportFiles;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.imports.ImportProblem;
import jp.shomu.ledger.service.imports.RowSource;
import jp.shomu.ledger.service.inquiries.FaqImportService;
import jp.shomu.ledger.service.inquiries.FaqInput;
import jp.shomu.ledger.service.inquiries.FaqService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** FAQ articles from the command line: write, submit, approve (a second person), retire, search, export. */
@Command(
        name = "faq",
        description = "FAQ(作成・確認依頼・承認・廃止・検索・出力)",
        subcommands = {
            FaqCommand.Add.class,
            FaqCommand.Submit.class,
            FaqCommand.Approve.class,
            FaqCommand.Retire.class,
            FaqCommand.Search.class,
            FaqCommand.Export.class,
            FaqCommand.Import.class
        })
final class FaqCommand {
    private FaqCommand() {}

    @Command(name = "add", description = "FAQ を下書きとして作成し、番号を表示する")
    static final class Add extends CaseCommand.Acting {
        @Option(names = "--type", required = true, paramLabel = "CODE", description = "中区分コード(例: 2-2)")
        String type;

        @Option(names = "--question", required = true, paramLabel = "TEXT")
        String question;

        @Option(names = "--answer", required = true, paramLabel = "TEXT")
        String answer;

        @Option(names = "--keyword", paramLabel = "K", description = "キーワード。繰り返し指定できます")
        List<String> keywords = new ArrayList<>();

        @Option(names = "--related", paramLabel = "ID", description = "関連 FAQ の番号。繰り返し指定できます")
        List<Long> related = new ArrayList<>();

        @Option(names = "--source", paramLabel = "TEXT", description = "出典(マニュアルの節など)")
        String source;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            out().println(new FaqService(ctx).add(me, new FaqInput(type, question, answer, keywords, related, source)));
            return ExitCodes.DONE;
        }
    }

    abstract static class Move extends CaseCommand.Acting {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;

        @Option(names = "--expect-version", paramLabel = "N", description = "最後に見た版(省略時は今の版)")
        Long version;
    }

    @Command(name = "submit", description = "下書きを確認待ちにする")
    static final class Submit extends Move {
        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            out().println("version=" + new FaqService(ctx).submit(me, id, version));
            return ExitCodes.DONE;
        }
    }

    @Command(name = "approve", description = "確認待ちの FAQ を承認して公開する(書いた人・最後に編集した人はできません)")
    static final class Approve extends Move {
        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            out().println("version=" + new FaqService(ctx).approve(me, id, version));
            return ExitCodes.DONE;
        }
    }

    @Command(name = "retire", description = "FAQ を廃止する(検索と出力から外れます)")
    static final class Retire extends Move {
        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            out().println("version=" + new FaqService(ctx).retire(me, id, version));
            return ExitCodes.DONE;
        }
    }

    @Command(name = "search", description = "公開中の FAQ を探す(番号<TAB>中区分<TAB>質問、よく合うものから)")
    static final class Search extends CaseCommand.Acting {
        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "空白で区切った語はすべて含むものを探します")
        String text;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50")
        int limit;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            for (FaqVersion v : new FaqService(ctx).search(me, text, limit)) {
                out().println(v.articleId() + "\t" + v.typeCode() + "\t" + InquiryCommand.oneLine(v.question()));
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "export", description = "公開中の FAQ を出力する(md: 1件1ファイルの Markdown と index.csv、xlsx: 印刷できる FAQ 一覧)")
    static final class Export extends CaseCommand.Acting {
        @Option(names = "--format", required = true, paramLabel = "md|xlsx")
        String format;

        @Option(names = "--out", required = true, paramLabel = "DIR")
        Path out;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            FaqExport export = new FaqExport(ctx);
            FaqExport.Written written = switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "md" -> export.markdown(me, out);
                case "xlsx" -> export.excel(me, out);
                default -> throw new InvalidInputException("--format は md か xlsx です");
            };
            err().println("公開中の FAQ " + written.articles() + " 件を出力しました: " + written.path());
            return ExitCodes.DONE;
        }
    }

    @Command(
            name = "import",
            description = "既存の FAQ 一覧(CSV・Excel、見出し 中区分・質問・回答・キーワード・出典)を下書きとして取り込む。" + "1行でも誤りがあれば何も取り込まない")
    static final class Import extends CaseCommand.Acting {
        @Option(names = "--file", required = true, paramLabel = "FILE.csv|FILE.xlsx", description = "取り込むファイル")
        Path file;

        @Option(names = "--dry-run", description = "試し取込み: 確認だけして何も書き込まない")
        boolean dryRun;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            RowSource source = ImportFiles.open(file);
            FaqImportService service = new FaqImportService(ctx);
            if (dryRun) {
                FaqImportService.Plan plan = service.check(me, source);
                if (!plan.ok()) {
                    return refused(plan);
                }
                out().println("試し取込み: " + plan.rows().size() + " 件の FAQ を下書きとして取り込めます(まだ何も書き込んでいません)");
                return ExitCodes.DONE;
            }
            try {
                List<Long> ids = service.importDrafts(me, source);
                ids.forEach(out()::println);
                err().println(ids.size() + " 件の FAQ を下書きとして取り込みました");
                return ExitCodes.DONE;
            } catch (FaqImportService.RefusedException e) {
                return refused(e.plan());
            }
        }

        private int refused(FaqImportService.Plan plan) {
            for (ImportProblem p : plan.problems()) {
                err().println("行 " + p.row() + (p.column() == null || p.column().isEmpty() ? "" : " 列 " + p.column())
                        + ": " + p.message());
            }
            err().println(
                            plan.problems().isEmpty()
                                    ? "エラー: " + plan.file() + " に取り込む FAQ の行がありません。何も取り込んでいません。"
                                    : "エラー: 誤りが " + plan.problems().size() + " 件あります。1行でも誤りがあると何も取り込みません。");
            return ExitCodes.INVALID;
        }
    }
}
