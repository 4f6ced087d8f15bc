package jp.shomu.ledger.app.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * Prints what the long operations did to the writers: for each operation the saves under way at some moment of
 * its window, the saves outside every window, the restore check of the backup, and the longest wait of each.
 */
final class DuringOperationsReport {
    private DuringOperationsReport() {}

    static void print(PrintWriter out, Phase phase, List<LongOperations.Run> runs, Optional<RestoreCheck> restore) {
        List<TimedSave> saves = phase.timedSaves();
        out.printf(
                "長い操作(書き込み開始の %d 秒後から順に、本物のコマンドを別プロセスで実行。操作の時間はプロセスの起動から終了まで。" + "書き込みは最後の操作が終わるまで続け、計 %.1f 秒):%n",
                LongOperations.DELAY_MILLIS / 1000, phase.seconds);
        StringBuilder longest = new StringBuilder("書き込みの最長の待ち:");
        for (LongOperations.Run run : runs) {
            CliRun p = run.process();
            Latencies during = TimedSave.latencies(saves, p::overlaps);
            out.printf(
                    "  %s: 開始 +%.1f 秒、%.1f 秒間、終了コード %s(%s)%n",
                    run.operation().label,
                    (p.startMillis() - phase.goMillis) / 1000.0,
                    p.seconds(),
                    p.exitText(),
                    run.dir().resolve("run.out"));
            out.printf("    重なった保存 %d 件: %s%n", during.count(), during.summary());
            if (run.operation() == LongOperation.BACKUP && p.ok()) {
                out.println("    backup の表示: " + p.outputLine("台帳を止めた時間"));
            }
            longest.append(String.format(" %s中 %.0f ms /", run.operation().label, during.max()));
        }
        Latencies outside = TimedSave.latencies(
                saves, s -> runs.stream().noneMatch(r -> r.process().overlaps(s)));
        out.printf("  どの操作とも重ならない保存 %d 件: %s%n", outside.count(), outside.summary());
        restore.ifPresentOrElse(
                r -> {
                    out.printf(
                            "  バックアップの復元: restore → 終了コード %s、復元した台帳の verify → 終了コード %s%n",
                            r.restore().exitText(), r.verify().exitText());
                    out.printf(
                            "    %s → %s%n", r.copy().getFileName(), r.verify().outputLine("検査"));
                },
                () -> {
                    if (runs.stream().anyMatch(r -> r.operation() == LongOperation.BACKUP)) {
                        out.println("  バックアップの復元: 試していません(バックアップの複製がありません)");
                    }
                });
        out.println(longest.append(String.format(" 操作なし %.0f ms", outside.max())));
        out.flush();
    }
}
