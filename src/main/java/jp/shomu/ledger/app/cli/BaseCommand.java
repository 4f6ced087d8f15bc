package jp.shomu.ledger.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import jp.shomu.ledger.service.LedgerContext;
import picocli.CommandLine.Option;

/** Shared by the commands that work on a ledger file: the --ledger option, opening it, the acting person. */
abstract class BaseCommand implements Callable<Integer>, EnvironmentAware {
    @Option(names = "--ledger", paramLabel = "FILE", description = "台帳ファイル(.db)", required = true)
    Path ledgerFile;

    CliEnvironment env;

    @Override
    public void use(CliEnvironment environment) {
        this.env = environment;
    }

    LedgerContext open() {
        return LedgerContext.open(ledgerFile, env.clock());
    }

    PrintWriter out() {
        return env.out();
    }

    PrintWriter err() {
        return env.err();
    }
}
