package jp.shomu.ledger.domain.inquiries;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An FAQ article's working copy. {@code publishedVersion} is the version that is live (null before the first
 * approval); a published article being revised keeps its live version until the revision is approved.
 */
public record FaqArticle(
        long id,
        FaqStatus status,
        String typeCode,
        String question,
        String answer,
        List<String> keywords,
        List<Long> related,
        String source,
        String author,
        String editor,
        String approvedBy,
        Long publishedVersion,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        long version) {
    public FaqArticle {
        keywords = List.copyOf(keywords);
        related = List.copyOf(related);
    }

    /** Whether the article is live in the city's FAQ system: approved at least once and not retired. */
    public boolean isLive() {
        return publishedVersion != null && status != FaqStatus.RETIRED;
    }
}
