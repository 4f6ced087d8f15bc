package jp.shomu.ledger.domain.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One 中区分 of the specification: what a case of it holds, how it is checked and when it is due.
 *
 * @param code                  "2-2": 大区分-中区分
 * @param id                    English identifier (ALLOWANCE_CERTIFICATION)
 * @param name                  Japanese name (各種手当認定事務)
 * @param description           what a case is, in Japanese
 * @param standardMinutes       standard minutes per case
 * @param annualCases           expected cases a year
 * @param referenceAnnualHours  this type's share of its 大区分's reference hours
 * @param estimated             true where minutes/cases are estimates (推定) to replace with real figures
 * @param peakMonths            months (1–12) when the work peaks
 * @param tableWork             the work is a table rather than a case (4-2, 6-1, 6-2): the navigation opens its table screen (docs/TABLES.md)
 * @param legalDueField         key of the DATE field holding the statutory limit (法定期限), shown beside the SLA
 *                              due date and warned on at the desk; null when the type has none
 * @param followOns             the cases that usually follow one of this type, with the values they carry
 */
public record TaskType(
        String code,
        String id,
        String name,
        String majorCode,
        String description,
        List<FieldDef> fields,
        List<ChecklistItem> checklist,
        SlaRule sla,
        int standardMinutes,
        int annualCases,
        double referenceAnnualHours,
        boolean estimated,
        List<Integer> peakMonths,
        boolean tableWork,
        String legalDueField,
        List<FollowOn> followOns) {
    public TaskType {
        followOns = followOns == null ? List.of() : List.copyOf(followOns);
        fields = fields == null ? List.of() : List.copyOf(fields);
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        peakMonths = peakMonths == null ? List.of() : List.copyOf(peakMonths);
    }

    /** The same type with a measured standard, no longer an estimate (推定). */
    public TaskType withMeasuredMinutes(int minutes) {
        return new TaskType(
                code,
                id,
                name,
                majorCode,
                description,
                fields,
                checklist,
                sla,
                minutes,
                annualCases,
                referenceAnnualHours,
                false,
                peakMonths,
                tableWork,
                legalDueField,
                followOns);
    }

    public Optional<FieldDef> field(String keyOrLabel) {
        return fields.stream()
                .filter(f -> f.key().equals(keyOrLabel) || f.label().equals(keyOrLabel))
                .findFirst();
    }

    public Optional<FollowOn> followOn(String typeCode) {
        return followOns.stream().filter(f -> f.type().equals(typeCode)).findFirst();
    }

    public Optional<ChecklistItem> checklistItem(String itemId) {
        return checklist.stream().filter(c -> c.id().equals(itemId)).findFirst();
    }
}
