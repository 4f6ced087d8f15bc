package jp.shomu.ledger.report.handover;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.audit.LedgerVerifier;

/**
 * Checks a handover bundle as received: every file against the manifest (changed, missing and extra files named),
 * the manifest against its seal, and the ledger copy with {@link LedgerVerifier}. Never changes the bundle: the
 * ledger is checked in a temporary copy.
 */
public final class HandoverVerifier {
    private HandoverVerifier() {}

    public record Result(List<String> problems, int filesChecked, LedgerVerifier.Result ledger) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** @param expectedManifestSha256 the manifest's hash noted on the receipt, or null to rely on the seal */
    public static Result verify(Path dir, String expectedManifestSha256, Clock clock) {
        Path root = dir.toAbsolutePath().normalize();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            problems.add("フォルダがありません: " + root);
            return new Result(problems, 0, null);
        }
        List<Manifest.Entry> entries = readManifest(root, problems);
        Set<String> listed = new LinkedHashSet<>();
        for (Manifest.Entry e : entries) {
            listed.add(e.path());
            checkFile(root, e, problems);
        }
        checkSeal(root, expectedManifestSha256, problems.isEmpty(), problems);
        for (String present : filesUnder(root, problems)) {
            if (!listed.contains(present) && !present.equals(Manifest.FILE) && !present.equals(Manifest.SEAL)) {
                problems.add(present + ": " + Manifest.FILE + " にないファイルです(後から追加された可能性)");
            }
        }
        LedgerVerifier.Result ledger = null;
        if (listed.contains(HandoverBundle.LEDGER_COPY)) {
            ledger = verifyLedgerCopy(root.resolve(HandoverBundle.LEDGER_COPY), clock, problems);
        } else if (!entries.isEmpty()) {
            problems.add(HandoverBundle.LEDGER_COPY + ": 台帳の写しが " + Manifest.FILE + " にありません");
        }
        return new Result(problems, entries.size(), ledger);
    }

    private static List<Manifest.Entry> readManifest(Path root, List<String> problems) {
        Path manifest = root.resolve(Manifest.FILE);
        if (!Files.isRegularFile(manifest)) {
            problems.add(Manifest.FILE + ": ありません。このフォルダは引継ぎ資料ではないか、一覧が削除されています");
            return List.of();
        }
        try {
            return Manifest.parse(readUtf8(manifest));
        } catch (IllegalArgumentException | IOException e) {
            problems.add(Manifest.FILE + ": 読めません(" + e.getMessage() + ")。一覧が変更されています");
            return List.of();
        }
    }

    /**
     * @param filesMatch every file matched the manifest: then a seal that disagrees is itself the changed file, or
     *                   the manifest and a file were rewritten together (only the receipt's hash can tell)
     */
    private static void checkSeal(Path root, String expected, boolean filesMatch, List<String> problems) {
        Path manifest = root.resolve(Manifest.FILE);
        if (!Files.isRegularFile(manifest)) {
            return;
        }
        try {
            String actual = Manifest.sha256(manifest);
            if (expected != null && !expected.strip().equalsIgnoreCase(actual)) {
                problems.add(Manifest.FILE + ": SHA-256 が受領書の値と一致しません(一覧が変更されています)");
            }
            Path seal = root.resolve(Manifest.SEAL);
            if (!Files.isRegularFile(seal)) {
                problems.add(Manifest.SEAL + ": ありません(" + Manifest.FILE + " の SHA-256 の控え)");
                return;
            }
            List<Manifest.Entry> sealed = Manifest.parse(readUtf8(seal));
            if (sealed.size() != 1 || !sealed.get(0).path().equals(Manifest.FILE)) {
                problems.add(Manifest.SEAL + ": 内容が変更されています");
            } else if (!sealed.get(0).sha256().equals(actual) && filesMatch) {
                problems.add(Manifest.SEAL + ": 値が " + Manifest.FILE + " の SHA-256 と一致しません(控えが変更されたか、"
                        + "一覧とファイルがそろって書き換えられています。受領書の値と比べてください)");
            } else if (!sealed.get(0).sha256().equals(actual)) {
                // first, since it explains the file problems listed after it
                problems.add(
                        0,
                        Manifest.FILE + ": SHA-256 が控え " + Manifest.SEAL + " と一致しません(一覧が変更されています。"
                                + "ほかのファイルについての結果も信頼できません)");
            }
        } catch (IllegalArgumentException | IOException e) {
            problems.add(Manifest.SEAL + ": 読めません(" + e.getMessage() + ")。控えが変更されています");
        }
    }

    private static void checkFile(Path root, Manifest.Entry e, List<String> problems) {
        Path file = root.resolve(e.path()).normalize();
        if (!file.startsWith(root)) {
            problems.add(Manifest.FILE + ": フォルダの外を指す行があります: " + e.path());
        } else if (!Files.isRegularFile(file)) {
            problems.add(e.path() + ": ありません(削除されたか、名前が変わっています)");
        } else {
            try {
                if (!Manifest.sha256(file).equals(e.sha256())) {
                    problems.add(e.path() + ": 内容が変更されています(SHA-256 が " + Manifest.FILE + " と一致しません)");
                }
            } catch (IOException ex) {
                problems.add(e.path() + ": 読めません(" + ex.getMessage() + ")");
            }
        }
    }

    private static List<String> filesUnder(Path root, List<String> problems) {
        try {
            return Manifest.filesUnder(root);
        } catch (IOException e) {
            problems.add("フォルダの中を一覧できません: " + e.getMessage());
            return List.of();
        }
    }

    private static LedgerVerifier.Result verifyLedgerCopy(Path copy, Clock clock, List<String> problems) {
        if (!Files.isRegularFile(copy)) {
            return null;
        }
        Path temp = null;
        try {
            temp = Files.createTempDirectory("shomu-handover-verify");
            Path work = Files.copy(copy, work(temp));
            try (Ledger ledger = Ledger.open(work, clock)) {
                LedgerVerifier.Result r = LedgerVerifier.verify(ledger);
                r.problems().forEach(p -> problems.add(HandoverBundle.LEDGER_COPY + ": " + p));
                return r;
            }
        } catch (LedgerException e) {
            String reason = e.getMessage()
                    .replace(work(temp).toString(), HandoverBundle.LEDGER_COPY)
                    .replace('\n', ' ');
            problems.add(HandoverBundle.LEDGER_COPY + ": 台帳として開けません(" + reason + ")");
            return null;
        } catch (IOException e) {
            problems.add(HandoverBundle.LEDGER_COPY + ": 検査のための一時コピーを作れません(" + e.getMessage() + ")");
            return null;
        } finally {
            if (temp != null) {
                FileTrees.deleteQuietly(temp);
            }
        }
    }

    private static Path work(Path temp) {
        return temp.resolve("ledger.db").toAbsolutePath();
    }

    private static String readUtf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("UTF-8 として読めません", e);
        }
    }
}
