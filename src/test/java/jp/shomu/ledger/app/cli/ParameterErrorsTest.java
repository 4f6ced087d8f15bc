package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A mistyped command line is answered in Japanese, exit 1, with the command's usage. */
class ParameterErrorsTest {
    private final CliRunner cli = new CliRunner("tester");

    private String firstLineOf(String... args) {
        CliRunner.Result r = cli.run(args);
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("Usage:") || r.err().contains("使い方"), "the usage follows: " + r.err());
        return r.err().lines().findFirst().orElse("");
    }

    @Test
    void aMissingOptionIsNamed() {
        assertEquals(
                "エラー: 必要な指定がありません: --machine、--month、--mono、--colour", firstLineOf("meter", "add", "--ledger", "x.db"));
    }

    @Test
    void aValueThatIsNotANumberSaysSo() {
        assertEquals("エラー: --within の値「x」は整数ではありません", firstLineOf("desk", "--ledger", "x.db", "--within", "x"));
        assertEquals("エラー: 引数の値「one」は整数ではありません", firstLineOf("calendar", "add-business-days", "2026-12-01", "one"));
    }

    @Test
    void anUnknownOptionAndATwiceGivenOneAreNamed() {
        assertEquals(
                "エラー: 知らないオプションまたは余分な引数です: --bogus",
                firstLineOf("case", "show", "--ledger", "x.db", "--id", "1", "--bogus"));
        assertEquals(
                "エラー: 同じ指定が2回あります: --to",
                firstLineOf(
                        "case",
                        "assign",
                        "--ledger",
                        "x.db",
                        "--id",
                        "1",
                        "--to",
                        "a",
                        "--to",
                        "b",
                        "--expect-version",
                        "1"));
    }
}
