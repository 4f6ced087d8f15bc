package jp.shomu.ledger.app.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The command that starts this same program as another process: the same java, class path and trial switches
 * (-Dshomu.journalMode, -Dshomu.saveQueue).
 */
final class ThisProgram {
    private ThisProgram() {}

    /** {@code java <jvmOptions> -cp <our class path> Main <args>}, with every -Dshomu.* switch passed on. */
    static List<String> command(List<String> jvmOptions, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(jvmOptions);
        cmd.add("-Dfile.encoding=UTF-8");
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("shomu."))
                .sorted()
                .forEach(name -> cmd.add("-D" + name + "=" + System.getProperty(name)));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "jp.shomu.ledger.app.Main"));
        cmd.addAll(args);
        return cmd;
    }
}
