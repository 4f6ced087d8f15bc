package jp.shomu.ledger.domain.centre;

import java.time.LocalDate;
import java.util.List;

/**
 * An improvement proposal (業務改善報告書).
 *
 * @param typeCodes the task types concerned
 * @param expectedMinutesPerYear the effect expected when proposed
 * @param measuredMinutesPerYear the effect measured after it was carried out, if measured
 */
public record Improvement(
        long id,
        String title,
        String detail,
        List<String> typeCodes,
        long expectedMinutesPerYear,
        ImprovementStatus status,
        LocalDate proposedOn,
        Long measuredMinutesPerYear,
        String measuredNote,
        String proposedBy,
        long version) {
    public Improvement {
        typeCodes = typeCodes == null ? List.of() : List.copyOf(typeCodes);
    }
}
