package jp.shomu.ledger.report.handover;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bundle's list of SHA-256 hashes, in the format of GNU sha256sum ("HASH␣␣path", UTF-8), so a successor can
 * check it with standard tools too. The list cannot hash itself; its own hash goes into a one-line seal beside it.
 */
public final class Manifest {
    public static final String FILE = "manifest-sha256.txt";
    public static final String SEAL = FILE + ".sha256";

    /** One line of the manifest. */
    public record Entry(String sha256, String path) {
        String line() {
            return sha256 + "  " + path + "\n";
        }
    }

    private Manifest() {}

    /** Hashes every file under {@code root} (but the manifest and its seal), writes both, returns the manifest's hash. */
    public static String write(Path root) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String path : filesUnder(root)) {
            if (!path.equals(FILE) && !path.equals(SEAL)) {
                text.append(new Entry(sha256(root.resolve(path)), path).line());
            }
        }
        Path manifest = root.resolve(FILE);
        Files.writeString(manifest, text, StandardCharsets.UTF_8);
        String hash = sha256(manifest);
        Files.writeString(root.resolve(SEAL), new Entry(hash, FILE).line(), StandardCharsets.UTF_8);
        return hash;
    }

    /** Every regular file under {@code root}, relative, with '/' between folders, in a stable order. */
    public static List<String> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    /** Parses manifest text; a line that is not "64 hex digits, two spaces, path" is reported by its number. */
    public static List<Entry> parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() && i == lines.length - 1) {
                break;
            }
            if (!line.matches("[0-9a-f]{64} [ *].+")) {
                throw new IllegalArgumentException((i + 1) + " 行目の形式が正しくありません");
            }
            entries.add(new Entry(line.substring(0, 64), line.substring(66)));
        }
        return entries;
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
