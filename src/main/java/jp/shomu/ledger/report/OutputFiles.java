package jp.shomu.ledger.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/**
 * Writes an output file as NAME.part beside it and moves it into place only when complete, so a failed or
 * cancelled export never leaves half a file (or replaces a good one with half a file). docs/SECURITY.md §7.
 */
public final class OutputFiles {
    private OutputFiles() {}

    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    public static void writeAtomically(Path target, Writer writer) {
        Path out = target.toAbsolutePath();
        Path dir = out.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InvalidInputException("保存先のフォルダがありません: " + dir);
        }
        Path temp = dir.resolve(out.getFileName() + ".part");
        try {
            try (OutputStream os = Files.newOutputStream(temp)) {
                writer.write(os);
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileSystemException e) {
            throw new InvalidInputException("ファイルに書き込めません(Excel で開いたままではありませんか): " + out + "(" + e.getReason() + ")");
        } catch (IOException e) {
            throw new InvalidInputException("ファイルを書き込めません: " + out + "(" + e.getMessage() + ")");
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover NAME.part is replaced by the next run and never taken for the real file
            }
        }
    }
}
