package jp.shomu.ledger.domain.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The My Number guard on hand-picked examples; MyNumberPropertyTest tries many generated numbers. */
class MyNumberGuardTest {
    /** 1234567890 1 with check digit 8: the weights 6,5,4,3,2,7,6,5,4,3,2 give 212, 212 mod 11 = 3, 11 - 3 = 8. */
    private static final String VALID = "123456789018";

    @Test
    void theCheckDigitRuleOfTheLaw() {
        assertTrue(MyNumberGuard.isValid(VALID));
        assertFalse(MyNumberGuard.isValid("123456789017"));
        // remainders 0 and 1 both give check digit 0
        assertTrue(MyNumberGuard.isValid("000000000000"));
        assertFalse(MyNumberGuard.isValid("12345678901"));
        assertFalse(MyNumberGuard.isValid("12345678901a"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "123456789018",
                "1234-5678-9018",
                "1234 5678 9018",
                "１２３４５６７８９０１８",
                "１２３４－５６７８－９０１８",
                "1234ー5678ー9018",
                "1234−5678−9018",
                "1234　5678　9018",
                "1234 - 5678 - 9018",
                "個人番号は123456789018です",
                "番号:1234-5678-9018。",
                "No.123456789018",
                "(123456789018)",
                "1234 5678 9018 5月受付",
                "123456789018\n2件目",
                "受付 12 3456 7890 18",
                "1 2 3 4 5 6 7 8 9 0 1 8"
            })
    void aValidNumberIsFoundHoweverItIsWritten(String text) {
        assertTrue(MyNumberGuard.contains(text), text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "123456789017",
                "1234-5678-9017",
                "1234567890180",
                "0123456789018",
                "1234-5678-9018-7",
                "7-1234-5678-9018",
                "12345678901８9",
                "1234    5678    9018",
                "1234\n5678\n9018",
                "通勤手当 6,500円",
                "2027-04-12",
                "職員番号 9000101",
                "口座 0001-123-1234567",
                ""
            })
    void otherNumbersPass(String text) {
        assertFalse(MyNumberGuard.contains(text), text);
    }

    @Test
    void nullPasses() {
        assertFalse(MyNumberGuard.contains(null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1234・5678・9018",
                "1234.5678.9018",
                "1234/5678/9018",
                "1234,5678,9018",
                "1234_5678_9018",
                "1234〜5678〜9018",
                "1234～5678～9018",
                "1234:5678:9018",
                "(1234)5678-9018",
                "（1234）5678－9018",
                "[1234]5678/9018",
                "「1234」「5678」「9018」",
                "1234\u200b5678\u200b9018",
                "12\u200d34 56\u20607890 \ufeff18",
                "1234\u00ad5678\u00ad9018",
                "1\ufe0f2345678 9018",
                "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660\u0661\u0668",
                "\u0967\u0968\u0969\u096a-\u096b\u096c\u096d\u096e-\u096f\u0966\u0967\u096e",
                "①②③④⑤⑥⑦⑧⑨0①⑧",
                "1234 ・ 5678 ・ 9018",
                "1234\t5678\t9018",
                "個人番号663923321461.csv",
                "出力663923321461.xlsx"
            })
    void aNumberIsFoundWhateverAPersonPutsBetweenOrAroundItsDigits(String text) {
        String decoded = text.translateEscapes();
        assertTrue(MyNumberGuard.contains(decoded), decoded);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1234・5678・9017",
                "(1234)5678-9017",
                "1234.5678.9018.7",
                "12:30 1234567890",
                "2026/12/07",
                "sha256 3f2a0c9e1234567890184b7d9e0a1c2b3d4e5f60718293a4b5c6d7e8f9012345"
            })
    void theCheckDigitStillDecidesWhatIsANumber(String text) {
        assertFalse(MyNumberGuard.contains(text), text);
    }

    @Test
    void redactingReplacesOnlyTheNumbersDigits() {
        assertEquals("個人番号＊＊＊＊＊＊＊＊＊＊＊＊.csv", MyNumberGuard.redact("個人番号663923321461.csv"));
        assertEquals("(＊＊＊＊)＊＊＊＊-＊＊＊＊ 2件", MyNumberGuard.redact("(1234)5678-9018 2件"));
        assertEquals(
                "a\u200b＊＊＊＊\u200b＊＊＊＊＊＊＊＊".translateEscapes(),
                MyNumberGuard.redact("a\u200b1234\u200b56789018".translateEscapes()));
        assertEquals("番号なし 2026-12-07", MyNumberGuard.redact("番号なし 2026-12-07"));
        assertFalse(MyNumberGuard.contains(MyNumberGuard.redact("1234 5678 9018 と 663923321461")));
    }

    @Test
    void theMessageSaysWhyAndNeverRepeatsTheNumber() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> MyNumberGuard.requireNone("コメント", "本人の番号 " + VALID + " を確認"));
        assertTrue(e.getMessage().contains("「コメント」") && e.getMessage().contains("個人番号"), e.getMessage());
        assertFalse(e.getMessage().replaceAll("[^0-9]", "").contains("1234"), e.getMessage());
    }

    @Test
    void anImportCellIsNamedByRowAndColumn() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> MyNumberGuard.requireNoneInCell(7, "備考", "1234-5678-9018"));
        assertEquals(0, e.getMessage().indexOf("7行目の「備考」列"), e.getMessage());
        assertTrue(e.getMessage().contains("何も取り込んでいません"), e.getMessage());
        MyNumberGuard.requireNoneInCell(7, "備考", "1234-5678-9017");
    }
}
