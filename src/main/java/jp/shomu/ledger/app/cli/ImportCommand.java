package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.imports.CaseImport;
import jp.shomu.ledger.report.imports.ExampleRows;
import jp.shomu.ledger.report.imports.ImportTemplate;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.imports.ImportPreview;
import jp.shomu.ledger.service.imports.ImportProblem;
import jp.shomu.ledger.service.imports.ImportRefusedException;
import jp.shomu.ledger.service.imports.ImportResult;
import jp.shomu.ledger.service.imports.PlannedCase;
import jp.shomu.ledger.store.settings.CatalogJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Cases from CSV or Excel files: all rows or none, every bad row named; the template and saved column mappings. */
@Command(
        name = "import",
        description = "CSV・Excel から案件を取り込む(1行でも誤りがあれば何も取り込まない)",
        subcommands = {
            ImportCommand.Cases.class,
            ImportCommand.Template.class,
            ImportCommand.Example.class,
            ImportMappingCommand.class
        })
final class ImportCommand {
    private ImportCommand() {}

    @Command(name = "cases", description = "案件を取り込む。--dry-run で何も書き込まずに結果だけを表示する")
    static final class Cases extends CaseCommand.Acting {
        @Option(names = "--file", required = true, paramLabel = "FILE.csv|FILE.xlsx", description = "取り込むファイル")
        Path file;

        @Option(names = "--mapping", paramLabel = "NAME", description = "列の対応(取込み設定)の名前。省略時は標準の見出し")
        String mapping;

        @Option(names = "--dry-run", description = "試し取込み: 確認だけして何も登録しない")
        boolean dryRun;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            if (dryRun) {
                ImportPreview p = CaseImport.preview(ctx, me, file, mapping, new CliProgress(err()));
                report(p);
                out().println(
                                p.ok()
                                        ? "試し取込み: " + p.cases() + " 件を登録できます(まだ何も登録していません)"
                                        : "試し取込み: 誤りがあるため、このままでは何も取り込みません");
                return p.ok() ? ExitCodes.DONE : ExitCodes.INVALID;
            }
            try {
                ImportResult r = CaseImport.run(ctx, me, file, mapping, new CliProgress(err()));
                report(r.preview());
                out().println(r.cases() + " 件を取り込みました(案件番号 " + r.firstCaseId() + "〜" + r.lastCaseId() + ")");
                out().println(String.format(
                        "確認 %.1f 秒、書き込み(台帳のロック) %.1f 秒", r.checkMillis() / 1000.0, r.lockMillis() / 1000.0));
                return ExitCodes.DONE;
            } catch (ImportRefusedException e) {
                report(e.preview());
                err().println("エラー: " + e.getMessage());
                return ExitCodes.INVALID;
            }
        }

        private void report(ImportPreview p) {
            out().println("ファイル: " + p.file() + "(取込み設定: " + p.mapping() + ")、データ行 " + p.rows());
            p.casesByType().forEach((code, n) -> out().println("  " + code + "\t" + n + " 件"));
            for (PlannedCase c : p.sample().subList(0, Math.min(5, p.sample().size()))) {
                out().println("  例: " + c.row() + "行目 → " + c.typeCode() + " 「" + c.subject() + "」 処理期限 "
                        + (c.dueOn() == null ? "未設定" : c.dueOn()));
            }
            if (!p.ok()) {
                err().println("誤り " + p.problemCount() + " 件(" + p.rowsWithProblems() + " 行):");
                for (ImportProblem problem : p.problems()) {
                    err().println("  " + problem.text());
                }
                if (p.problemCount() > p.problems().size()) {
                    err().println("  …ほか " + (p.problemCount() - p.problems().size()) + " 件");
                }
            }
        }
    }

    @Command(name = "template", description = "取込み用の空のテンプレート(.xlsx、日本語の見出し)を書き出す")
    static final class Template extends CatalogChoice {
        @Override
        Integer write(Catalog catalog, TaskType type) {
            ImportTemplate.write(catalog, type, out);
            env.out().println("テンプレートを書き出しました: " + out.toAbsolutePath());
            return ExitCodes.DONE;
        }
    }

    @Command(name = "example", description = "テンプレートの形の架空データの CSV を書き出す(試し取込み・性能測定用)")
    static final class Example extends CatalogChoice {
        @Option(names = "--rows", defaultValue = "100", paramLabel = "N")
        int rows;

        @Option(names = "--bad-row", defaultValue = "0", paramLabel = "ROW", description = "この行(見出し=1行目)だけ日付を誤りにする")
        int badRow;

        @Option(names = "--encoding", defaultValue = "utf-8", paramLabel = "utf-8|cp932")
        String encoding;

        @Override
        Integer write(Catalog catalog, TaskType type) {
            if (type == null) {
                throw new InvalidInputException("--type で中区分を指定してください(例: --type 2-2)");
            }
            ExampleRows.write(
                    type, rows, badRow, java.time.LocalDate.now(env.clock()), ExportCommand.charset(encoding), out);
            env.out().println(rows + " 行の見本を書き出しました: " + out.toAbsolutePath());
            return ExitCodes.DONE;
        }
    }

    /** A command that needs a catalog: the ledger's current one, or the one bundled with the app. */
    abstract static class CatalogChoice extends EnvCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Option(names = "--type", paramLabel = "CODE", description = "中区分コード(例: 2-2)。その業務の項目を見出しに加える")
        String type;

        @Option(
                names = "--ledger",
                paramLabel = "FILE",
                description = "この台帳(ファイルまたは postgresql://…)のカタログを使う(省略時はアプリ同梱のカタログ)",
                converter = LedgerLocationConverter.class)
        jp.shomu.ledger.domain.ledger.LedgerLocation ledger;

        @Override
        public Integer call() {
            if (ledger == null) {
                return withCatalog(CatalogJson.bundled());
            }
            try (LedgerContext ctx = LedgerContext.open(ledger, env.clock())) {
                return withCatalog(ctx.catalog());
            }
        }

        private Integer withCatalog(Catalog catalog) {
            TaskType t = type == null
                    ? null
                    : catalog.taskType(type)
                            .orElseThrow(() -> new InvalidInputException("中区分「" + type + "」はカタログにありません(例: 2-2)"));
            return write(catalog, t);
        }

        abstract Integer write(Catalog catalog, TaskType type);
    }
}
