package jp.shomu.ledger.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.service.sample.SampleLedger;
import jp.shomu.ledger.store.CatalogJson;
import jp.shomu.ledger.store.CatalogRepository;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.LedgerException;
import jp.shomu.ledger.store.LedgerProblem;
import jp.shomu.ledger.store.StaffRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Creates a new ledger: schema, the bundled catalog, and the person running it as 管理責任者. The file is built
 * under a temporary name and moved into place only when complete, so a failed init leaves nothing behind.
 */
@Command(name = "init", description = "新しい台帳を作ります。実行した人が管理責任者として名簿に入ります。既存のファイルは上書きしません。")
final class InitCommand extends BaseCommand {
    @Option(names = "--sample", description = "架空のサンプルデータ(名簿と約2,000件の案件)を入れる")
    boolean sample;

    @Override
    public Integer call() throws IOException {
        Path target = ledgerFile.toAbsolutePath();
        if (Files.exists(target)) {
            throw new LedgerException(LedgerProblem.ALREADY_EXISTS, "同じ名前のファイルがすでにあります。上書きはしません: " + target);
        }
        Path temp = target.resolveSibling(target.getFileName() + ".init-" + ProcessHandle.current().pid());
        try {
            try (Ledger ledger = Ledger.create(temp, env.clock())) {
                ledger.write(env.login(), tx -> {
                    CatalogRepository.addVersion(tx, CatalogJson.bundled());
                    StaffRepository.add(tx, env.login(), "0000001", env.login(), Role.MANAGER, "管理");
                    return null;
                });
            }
            if (sample) {
                SampleLedger.fill(temp, env.clock());
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + "-journal"));
        }
        out().println("台帳を作成しました: " + target + (sample ? "(サンプルデータ入り)" : ""));
        return ExitCodes.DONE;
    }
}
