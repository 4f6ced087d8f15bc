package jp.shomu.ledger.service.inquiries;

import java.util.List;

/** What an author writes for an FAQ article. */
public record FaqInput(
        String typeCode, String question, String answer, List<String> keywords, List<Long> related, String source) {
    public FaqInput {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        related = related == null ? List.of() : List.copyOf(related);
        source = source == null ? "" : source;
    }
}
