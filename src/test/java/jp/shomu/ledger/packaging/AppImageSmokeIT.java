package jp.shomu.ledger.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the packaged app as a city PC would: the app-image's own launcher and trimmed runtime, then the portable zip
 * unpacked into a plain folder. Run by {@code mvn -Pappimage verify} (failsafe) after jlink and jpackage.
 */
class AppImageSmokeIT {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");
    private static final Map<String, String> UTF8_OUTPUT =
            Map.of("JAVA_TOOL_OPTIONS", "-Dshomu.console.encoding=UTF-8");

    @TempDir
    static Path dir;

    private static Path home;
    private static Path launcher;
    private static Path zip;

    @BeforeAll
    static void locate() {
        home = Path.of(System.getProperty("appimage.home"));
        launcher = launcherIn(home);
        zip = Path.of(System.getProperty("portable.zip"));
        assertTrue(Files.isExecutable(launcher), "no launcher: " + launcher);
    }

    record Run(int code, String out, String err) {}

    private static Run run(Path exe, Charset charset, Map<String, String> environment, String... args)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(exe.toString());
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().putAll(environment);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullFile()));
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Run(
                p.exitValue(),
                new String(Files.readAllBytes(out), charset),
                new String(Files.readAllBytes(err), charset));
    }

    /** Runs the image's command line with UTF-8 output, whatever the console's code page (CP932 on a Japanese PC). */
    private static Run cli(String... args) throws Exception {
        return run(launcher, StandardCharsets.UTF_8, UTF8_OUTPUT, args);
    }

    @Test
    void theLauncherPrintsTheVersionWithTheBundledRuntime() throws Exception {
        Run r = cli("--version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("庶務台帳 (Shomu Ledger) 0."), r.out());
        assertTrue(Files.isDirectory(home.resolve("lib/runtime")) || Files.isDirectory(home.resolve("runtime")));
    }

    @Test
    void initAndVerifyOnAFreshLedgerAndAMissingLedgerIsNeverCreated() throws Exception {
        Path ledger = dir.resolve("fresh.db");
        Run init = cli("init", "--ledger", ledger.toString());
        assertEquals(0, init.code(), init.err());
        Run verify = cli("verify", "--ledger", ledger.toString());
        assertEquals(0, verify.code(), verify.err());
        assertTrue(verify.out().contains("検査OK"), verify.out());
        Path missing = dir.resolve("missing.db");
        assertEquals(2, cli("verify", "--ledger", missing.toString()).code());
        assertFalse(Files.exists(missing));
    }

    @Test
    void theTrimmedRuntimeHasCp932AndTheJapaneseEraNames() throws Exception {
        Run env = cli("environment");
        assertEquals(0, env.code(), env.out() + env.err());
        assertTrue(env.out().contains("CP932(windows-31j) 使用可"), env.out());
        assertTrue(env.out().contains("Java の日本語の元号 令和"), env.out());
        Run sjis = run(
                launcher,
                CP932,
                Map.of("JAVA_TOOL_OPTIONS", "-Dshomu.console.encoding=windows-31j"),
                "catalog",
                "list");
        assertEquals(0, sjis.code(), sjis.err());
        assertTrue(sjis.out().contains("2-2\t各種手当認定事務"), sjis.out());
    }

    @Test
    void aCp932HolidayListImportsAndWarekiDatesParse() throws Exception {
        Path ledger = dir.resolve("calendar.db");
        assertEquals(0, cli("init", "--ledger", ledger.toString()).code());
        Path csv = dir.resolve("syukujitsu.csv");
        Files.write(csv, "国民の祝日・休日月日,国民の祝日・休日名称\r\n2030/1/1,元日\r\n2030/5/7,休日\r\n".getBytes(CP932));
        Run imported = cli("calendar", "import-holidays", "--ledger", ledger.toString(), "--csv", csv.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("祝日を取り込みました: 1 年分"), imported.out());
        assertEquals(
                "2030-05-07",
                cli("calendar", "add-business-days", "令和12年5月2日", "1").out().strip());
    }

    @Test
    void aHandoverBundleFromTheImagePassesVerifyAndAChangedByteIsNamed() throws Exception {
        Path ledger = dir.resolve("handover.db");
        assertEquals(0, cli("init", "--ledger", ledger.toString()).code());
        Path out = dir.resolve("bundle");
        Run made = cli("handover", "--ledger", ledger.toString(), "--out", out.toString(), "--include", zip.toString());
        assertEquals(0, made.code(), made.out() + made.err());
        assertTrue(Files.isRegularFile(out.resolve("package").resolve(zip.getFileName())));
        assertEquals(0, cli("handover", "verify", "--dir", out.toString()).code());
        Path guide = out.resolve("引継書.md");
        byte[] bytes = Files.readAllBytes(guide);
        bytes[bytes.length / 2] ^= 1;
        Files.write(guide, bytes);
        Run failed = cli("handover", "verify", "--dir", out.toString());
        assertEquals(2, failed.code());
        assertTrue(failed.err().contains("引継書.md: 内容が変更されています"), failed.err());
    }

    @Test
    void theImageCarriesOnlyThisPlatformsSqliteLibrary() throws Exception {
        Path appDir = WINDOWS ? home.resolve("app") : home.resolve("lib/app");
        try (ZipFile jar = new ZipFile(appDir.resolve("shomu-ledger.jar").toFile())) {
            List<String> natives = jar.stream()
                    .map(e -> e.getName())
                    .filter(n -> n.startsWith("org/sqlite/native/") && !n.endsWith("/"))
                    .toList();
            assertEquals(1, natives.size(), natives.toString());
        }
    }

    @Test
    void thePortableZipRunsFromAPlainFolder() throws Exception {
        Path unpacked = Files.createDirectories(dir.resolve("portable"));
        if (WINDOWS) {
            unzipWithJava(unpacked);
        } else {
            // unzip restores the file modes the zip carries, as a person's unpacking would: the launcher must be
            // executable.
            Process unzip = new ProcessBuilder("unzip", "-q", zip.toString(), "-d", unpacked.toString())
                    .inheritIO()
                    .start();
            assertTrue(unzip.waitFor(2, TimeUnit.MINUTES));
            assertEquals(0, unzip.exitValue());
        }
        Path portable = launcherIn(unpacked.resolve(home.getFileName()));
        Run r = run(portable, StandardCharsets.UTF_8, UTF8_OUTPUT, "--version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("庶務台帳"), r.out());
    }

    /** jpackage puts the launchers in bin/ on Linux and at the top of the image on Windows. */
    private static Path launcherIn(Path image) {
        String name = System.getProperty("appimage.launcher");
        return WINDOWS ? image.resolve(name) : image.resolve("bin").resolve(name);
    }

    private static void unzipWithJava(Path to) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (var e : java.util.Collections.list(z.entries())) {
                Path target = to.resolve(e.getName()).normalize();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (var in = z.getInputStream(e)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File(WINDOWS ? "NUL" : "/dev/null");
    }
}
