package jp.shomu.ledger.domain.inquiries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CharacterTokensTest {
    @Test
    void everyCharacterIsATokenAndPunctuationBreaksPhrases() {
        assertEquals("扶 養 \uE000 手 当", CharacterTokens.indexed("扶養、手当"));
        assertEquals("p c 2", CharacterTokens.indexed("ＰＣ２"), "full-width letters are normalised and lower-cased");
    }

    @Test
    void eachTypedWordIsAPhraseOfItsCharacters() {
        assertEquals(Optional.of("\"税\""), CharacterTokens.match("税"));
        assertEquals(Optional.of("\"年 調\" AND \"期 限\""), CharacterTokens.match(" 年調　期限 "));
        assertTrue(CharacterTokens.match("「」、").isEmpty());
        assertEquals(Optional.of("\"a b\""), CharacterTokens.match("\"ab\""), "quotes typed cannot break the query");
    }
}
