package jp.shomu.ledger.report.handover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing a folder the handover made itself (a staging folder, a temporary copy). */
final class FileTrees {
    private FileTrees() {}

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a leftover temporary file is harmless and named after the bundle
                }
            });
        } catch (IOException ignored) {
            // best effort, as above
        }
    }
}
