package jp.shomu.ledger.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shomu.ledger.app.cli.Cli;
import jp.shomu.ledger.app.cli.CliEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short run of the harness with a backup, the monthly report and the full export run alongside 3 writers
 * through the real command line: each exits 0, each window has the saves it overlapped with their longest wait,
 * the backup restores and verifies, and nothing is lost.
 */
class LongOperationsDuringWritesTest {
    @TempDir
    Path dir;

    @Test
    void backupReportAndExportRunWhileWritersSaveAndTheBackupRestores() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(new CliEnvironment("tester", Clock.systemUTC(), new PrintWriter(out), new PrintWriter(err)))
                .with(BenchCommand.class)
                .run(
                        "bench",
                        "concurrency",
                        "--ledger",
                        dir.resolve("bench.db").toString(),
                        "--writers",
                        "3",
                        "--readers",
                        "1",
                        "--seconds",
                        "6",
                        "--preload",
                        "300",
                        "--during",
                        "backup,report,export",
                        "--no-raw");
        String text = out + "\n" + err;
        assertEquals(0, code, text);
        for (String operation : new String[] {"バックアップ", "月次報告", "全件出力"}) {
            Matcher m = Pattern.compile("  " + operation + ": 開始 \\+[\\d.]+ 秒、[\\d.]+ 秒間、終了コード (\\S+?)(.*)\\n"
                            + "    重なった保存 (\\d+) 件: p50 [\\d.]+ ms, p95 [\\d.]+ ms, max \\d+ ms")
                    .matcher(text);
            assertTrue(m.find(), operation + " の行がありません\n" + text);
            assertEquals("0", m.group(1), text);
            assertTrue(Integer.parseInt(m.group(3)) > 0, operation + " と重なった保存がありません\n" + text);
        }
        assertTrue(Pattern.compile("どの操作とも重ならない保存 [1-9]\\d* 件").matcher(text).find(), text);
        assertTrue(
                Pattern.compile("書き込みの最長の待ち: バックアップ中 \\d+ ms / 月次報告中 \\d+ ms / 全件出力中 \\d+ ms / 操作なし \\d+ ms")
                        .matcher(text)
                        .find(),
                text);
        assertTrue(text.contains("restore → 終了コード 0、復元した台帳の verify → 終了コード 0"), text);
        assertTrue(text.contains("→ 検査OK: 案件 "), text);
        assertTrue(text.contains("消失 0"), text);
        assertTrue(text.contains("0件のプロセス 0、ビジーで失敗 0"), text);
        assertTrue(text.contains("その他のエラー: 0"), text);
    }
}
