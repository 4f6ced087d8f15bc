package jp.shomu.ledger.service.cases;

import java.util.Map;
import jp.shomu.ledger.domain.cases.CaseCounts;

/**
 * The counts the workbench's navigation shows: per 中区分, the person's own open cases, and the cases waiting for
 * this person's double check (made by someone else).
 */
public record CaseBoard(Map<String, CaseCounts> byType, CaseCounts mine, int awaitingMyCheck) {
    public CaseBoard {
        byType = Map.copyOf(byType);
    }

    public CaseCounts of(String typeCode) {
        return byType.getOrDefault(typeCode, CaseCounts.NONE);
    }
}
