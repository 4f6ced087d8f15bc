package jp.shomu.ledger.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.imports.ImportMapping;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.TextFiles;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.imports.ImportMappingService;
import jp.shomu.ledger.store.settings.ImportMappingRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Saved column mappings for other systems' files (LoGoフォーム, kintone …). */
@Command(
        name = "mapping",
        description = "取込み設定(他システムのファイルの列の対応)の一覧・表示・保存",
        subcommands = {
            ImportMappingCommand.ListMappings.class,
            ImportMappingCommand.Show.class,
            ImportMappingCommand.Save.class
        })
final class ImportMappingCommand {
    private ImportMappingCommand() {}

    @Command(name = "list", description = "取込み設定の一覧(名前<TAB>説明)")
    static final class ListMappings extends CaseCommand.Acting {
        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            for (ImportMapping m : new ImportMappingService(ctx).all(me)) {
                out().println(m.name() + "\t" + m.description());
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "show", description = "取込み設定を JSON で表示する(保存用のひな形にもなる)")
    static final class Show extends CaseCommand.Acting {
        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            out().println(ImportMappingRepository.toJson(new ImportMappingService(ctx).byName(me, name)));
            return ExitCodes.DONE;
        }
    }

    @Command(name = "save", description = "JSON ファイルの取込み設定を台帳に保存する(同じ名前は置き換え。業務責任者・管理責任者)")
    static final class Save extends CaseCommand.Acting {
        @Option(names = "--file", required = true, paramLabel = "FILE.json")
        Path file;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException("ファイルがありません: " + file);
            }
            ImportMapping m = ImportMappingRepository.fromJson(TextFiles.read(file));
            long v = new ImportMappingService(ctx).save(me, m);
            out().println("取込み設定「" + m.name() + "」を保存しました(版 " + v + ")");
            return ExitCodes.DONE;
        }
    }
}
