package jp.shomu.ledger.app.cli;

import jp.shomu.ledger.domain.ledger.LedgerLocation;
import jp.shomu.ledger.service.LedgerContext;
import picocli.CommandLine.Option;

/** Shared by the commands that work on a ledger: the --ledger option (a file or a PostgreSQL URL) and opening it. */
abstract class BaseCommand extends EnvCommand {
    @Option(
            names = "--ledger",
            paramLabel = "FILE",
            description = "台帳ファイル(.db)、またはサーバーの台帳 postgresql://サーバー[:ポート]/データベース",
            required = true,
            converter = LedgerLocationConverter.class)
    LedgerLocation ledgerFile;

    LedgerContext open() {
        return LedgerContext.open(ledgerFile, env.clock());
    }
}
