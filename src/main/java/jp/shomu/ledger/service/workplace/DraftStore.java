package jp.shomu.ledger.service.workplace;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a user was typing when the ledger could not be saved (share unreachable, file locked or damaged), kept
 * on the local PC as JSON in the user's profile and offered back next time; removed once the save succeeds.
 * Local only: nothing here ever goes to the share.
 */
public final class DraftStore {
    /**
     * One unsaved edit. {@code key} names what it belongs to ("case-123" for an edit, "new-…" for a new case);
     * {@code baseVersion} is the version the user started from, so saving it later still detects conflicts.
     */
    public record Draft(
            String key,
            String ledgerFile,
            Long caseId,
            Long baseVersion,
            String typeCode,
            String subject,
            Map<String, String> fields,
            long savedAtMillis) {
        public Draft {
            fields = fields == null ? Map.of() : Map.copyOf(fields);
        }

        public Instant savedAt() {
            return Instant.ofEpochMilli(savedAtMillis);
        }
    }

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper();

    public DraftStore(Path folder) {
        this.folder = folder;
    }

    /**
     * %LOCALAPPDATA%\ShomuLedger\drafts on Windows, ~/.shomu-ledger/drafts (owner only) elsewhere: drafts hold
     * personal data, so they stay on this PC and out of a roaming profile (docs/SECURITY.md §8).
     */
    public static DraftStore forCurrentUser() {
        return new DraftStore(UserFiles.forThisUser().draftsFolder());
    }

    public Path folder() {
        return folder;
    }

    /** Keeps the draft, replacing an older one with the same key; written whole or not at all. */
    public void save(Draft draft) {
        try {
            Files.createDirectories(folder);
            Path target = fileOf(draft.ledgerFile(), draft.key());
            Path temp = target.resolveSibling(target.getFileName() + ".tmp");
            json.writeValue(temp.toFile(), draft);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("下書きを保存できません: " + folder, e);
        }
    }

    /** The draft kept under {@code key} for {@code ledgerFile}; the same case number in another ledger is another draft. */
    public Optional<Draft> find(String ledgerFile, String key) {
        Path f = fileOf(ledgerFile, key);
        return Files.exists(f) ? Optional.of(read(f)) : Optional.empty();
    }

    /** Every kept draft for {@code ledgerFile}, newest first, to offer back when that ledger is opened. */
    public List<Draft> forLedger(String ledgerFile) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Draft> drafts = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(p -> p.getFileName().toString().endsWith(".json")).forEach(p -> drafts.add(read(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return drafts.stream()
                .filter(d -> ledgerFile.equals(d.ledgerFile()))
                .sorted(Comparator.comparingLong(Draft::savedAtMillis).reversed())
                .toList();
    }

    /** Called after the draft was saved to the ledger, or when the user throws it away. */
    public void discard(String ledgerFile, String key) {
        try {
            Files.deleteIfExists(fileOf(ledgerFile, key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Draft read(Path f) {
        try {
            return json.readValue(f.toFile(), Draft.class);
        } catch (IOException e) {
            throw new UncheckedIOException("下書きを読めません: " + f, e);
        }
    }

    /** One file per ledger and key: a short hash of the ledger's path, then the key ("1a2b3c4d-case-12.json"). */
    public Path fileOf(String ledgerFile, String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("下書きのキーがありません");
        }
        String ledgerTag = String.format("%08x", ledgerFile.hashCode());
        return folder.resolve(ledgerTag + "-" + key.replaceAll("[^A-Za-z0-9_.-]", "_") + ".json");
    }
}
