package jp.shomu.ledger.app.bench;

import picocli.CommandLine.Command;

/** Benchmarks and proofs for many users on one file (issue #6). Every run is bounded in time and stops by itself. */
@Command(
        name = "bench",
        description = "同時利用・障害・性能の計測(管理者・開発者向け)。",
        subcommands = {
            ConcurrencyCommand.class,
            CrashCommand.class,
            WriterCommand.class,
            RawWriterCommand.class,
            ReaderCommand.class,
            GenerateCommand.class,
            LedgerBenchCommand.class,
            FaqSearchBenchCommand.class,
            DeskBenchCommand.class
        })
public final class BenchCommand {}
