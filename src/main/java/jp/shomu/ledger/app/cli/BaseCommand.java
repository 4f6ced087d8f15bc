package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import jp.shomu.ledger.service.LedgerContext;
import picocli.CommandLine.Option;

/** Shared by the commands that work on a ledger file: the --ledger option and opening it. */
abstract class BaseCommand extends EnvCommand {
    @Option(names = "--ledger", paramLabel = "FILE", description = "台帳ファイル(.db)", required = true)
    Path ledgerFile;

    LedgerContext open() {
        return LedgerContext.open(ledgerFile, env.clock());
    }
}
