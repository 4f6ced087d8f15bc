package jp.shomu.ledger.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same flow as NoNetworkTest, in a separate JVM watched by strace, which sees every system call of the whole
 * process (native libraries included): no socket may connect to, bind to or send to an internet address (AF_INET,
 * AF_INET6). Local sockets (AF_UNIX, e.g. the C library asking nscd for the user's name) are not network. Runs on
 * Linux where strace is installed; docs/SECURITY.md gives the same check as a command for the packaged jar.
 */
class NoNetworkStraceTest {
    static final Pattern INTERNET = Pattern.compile("\\b(connect|bind|sendto|sendmsg)\\(.*AF_INET6?\\b");

    @TempDir
    Path dir;

    @BeforeEach
    void needsStrace() {
        assumeTrue(System.getProperty("os.name", "").startsWith("Linux"), "strace is a Linux tool");
        assumeTrue(works("strace", "-V"), "strace is not installed (apt-get install strace)");
    }

    @Test
    void theWholeProcessOpensNoInternetSocket() throws Exception {
        Path flow = Files.createDirectories(dir.resolve("flow"));
        Traced run = trace(NetworkFreeFlow.class, flow.toString());
        assertEquals(0, run.exit, run.out);
        assertTrue(Files.readString(flow.resolve(NetworkFreeFlow.DONE)).contains("commands done"), run.out);
        assertEquals(List.of(), run.internet, "system calls that reach for the network");
    }

    @Test
    void theCheckSeesAConnectionWhenThereIsOne() throws Exception {
        Traced run = trace(ConnectOnce.class);
        assertFalse(run.internet.isEmpty(), "strace must see the test connection");
        assertTrue(run.internet.get(0).contains("127.0.0.1"), run.internet.toString());
    }

    /** Tries one connection to this machine's discard port, to prove the check can fail. */
    public static final class ConnectOnce {
        public static void main(String[] args) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", 9), 500);
            } catch (Exception refused) {
                // nobody listens there; the attempt is what counts
            }
        }
    }

    private record Traced(int exit, String out, List<String> internet) {}

    private Traced trace(Class<?> main, String... args) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path trace = dir.resolve(main.getSimpleName() + ".trace");
        Path out = dir.resolve(main.getSimpleName() + ".out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new java.util.ArrayList<>(List.of(
                "strace",
                "-f",
                "-qq",
                "--seccomp-bpf",
                "-e",
                "trace=%network",
                "-o",
                trace.toString(),
                java,
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                "-Duser.home=" + home,
                "-cp",
                classPath,
                main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "did not finish in 5 minutes");
        List<String> internet = Files.readAllLines(trace).stream()
                .filter(l -> INTERNET.matcher(l).find())
                .toList();
        return new Traced(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), internet);
    }

    private static boolean works(String... command) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(new File("/dev/null"))
                    .start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
