package jp.shomu.ledger.domain.inquiries;

import java.time.LocalDateTime;
import java.util.List;

/** One kept version of an FAQ article: what it said, who made the change, what the change was. */
public record FaqVersion(
        long articleId,
        long version,
        String action,
        FaqStatus status,
        String typeCode,
        String question,
        String answer,
        List<String> keywords,
        List<Long> related,
        String source,
        String changedBy,
        LocalDateTime changedAt) {
    public FaqVersion {
        keywords = List.copyOf(keywords);
        related = List.copyOf(related);
    }
}
