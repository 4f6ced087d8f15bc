package jp.shomu.ledger.report;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/** Reads a text file that may be UTF-8 (with or without BOM) or CP932, as files from city PCs are. */
public final class TextFiles {
    public static final Charset CP932 = Charset.forName("windows-31j");

    private TextFiles() {}

    /**
     * The charset of a text file, read as a stream so a large file need not fit in memory: UTF-8 when it starts with
     * a BOM or is valid UTF-8 throughout, otherwise CP932.
     */
    public static Charset detect(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            CharsetDecoder utf8 = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            boolean first = true;
            int n;
            while ((n = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                bytes.position(bytes.position() + n);
                bytes.flip();
                if (first
                        && bytes.remaining() >= 3
                        && (bytes.get(0) & 0xff) == 0xEF
                        && (bytes.get(1) & 0xff) == 0xBB
                        && (bytes.get(2) & 0xff) == 0xBF) {
                    return StandardCharsets.UTF_8;
                }
                first = false;
                CoderResult r = utf8.decode(bytes, chars, false);
                if (r.isError()) {
                    return CP932;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            CoderResult end = utf8.decode(bytes, chars, true);
            return end.isError() || bytes.hasRemaining() ? CP932 : StandardCharsets.UTF_8;
        } catch (IOException e) {
            throw new InvalidInputException("ファイルを読めません: " + file + "(" + e.getMessage() + ")");
        }
    }

    /** A reader over the file in its detected charset, past any BOM. */
    public static Reader reader(Path file, InputStream in) throws IOException {
        Charset cs = detect(file);
        InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in);
        if (cs.equals(StandardCharsets.UTF_8)) {
            buffered.mark(3);
            byte[] head = buffered.readNBytes(3);
            if (!(head.length == 3
                    && (head[0] & 0xff) == 0xEF
                    && (head[1] & 0xff) == 0xBB
                    && (head[2] & 0xff) == 0xBF)) {
                buffered.reset();
            }
        }
        return new InputStreamReader(
                buffered,
                cs.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    public static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException("ファイルを読めません: " + file + "(" + e.getMessage() + ")");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, CP932);
        }
    }
}
