package jp.shomu.ledger.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import jp.shomu.ledger.app.cli.ExitCodes;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Kills writer processes with SIGKILL at random moments, many times, checking the ledger after each round. */
@Command(name = "crash", description = "書き込み中のプロセスを何度も強制終了(SIGKILL)し、そのたびに台帳と監査ログを検査します。")
final class CrashCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--ledger",
            required = true,
            paramLabel = "FILE|postgresql://…",
            converter = BenchDatabase.Converter.class,
            description = "作成する計測用台帳(既存ファイルは不可)。postgresql://サーバー/名前 ならそのデータベースを新しく作り、検査後に消します")
    LedgerLocation ledger;

    @Option(names = "--rounds", defaultValue = "20")
    int rounds;

    @Option(names = "--writers", defaultValue = "4")
    int writers;

    @Option(names = "--seed", defaultValue = "6")
    long seed;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Consumer<String> progress = line -> {
            out.println(line);
            out.flush();
        };
        CrashLoop.Report r;
        if (ledger instanceof LedgerLocation.Server server) {
            BenchDatabase.create(server);
            try {
                Path work = Files.createTempDirectory("shomu-crash-" + server.database() + "-");
                r = new CrashLoop(server, work, writers, seed, progress).run(rounds);
            } finally {
                BenchDatabase.drop(server);
            }
        } else {
            Path file = ledger.requireFile("計測");
            if (Files.exists(file)) {
                throw new LedgerException(LedgerProblem.ALREADY_EXISTS, "計測用の台帳は新しく作ります。既にあるファイルは使いません: " + file);
            }
            r = new CrashLoop(file, writers, seed, progress).run(rounds);
        }
        out.printf(
                "強制終了 %d 回、検査 %d 回、問題 %d 件%n",
                r.kills(), r.rounds(), r.problems().size());
        r.problems().stream().limit(20).forEach(p -> out.println("  - " + p));
        return r.problems().isEmpty() ? ExitCodes.DONE : ExitCodes.LEDGER_PROBLEM;
    }
}
