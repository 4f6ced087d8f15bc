package jp.shomu.ledger.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;

/** Another PC in a test: a class of the test class path run as a process of its own, started once it says so. */
final class ChildProcess {
    private ChildProcess() {}

    /** Runs {@code main} with {@code args} and returns once its first line is {@code ready}. */
    static Process start(Class<?> main, String ready, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String line = new BufferedReader(new InputStreamReader(p.getInputStream())).readLine();
        if (!ready.equals(line)) {
            p.destroyForcibly();
            throw new IllegalStateException(main.getSimpleName() + " did not start: " + line);
        }
        return p;
    }
}
