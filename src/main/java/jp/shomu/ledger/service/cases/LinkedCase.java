package jp.shomu.ledger.service.cases;

import java.time.Instant;
import jp.shomu.ledger.domain.cases.CaseStatus;

/**
 * A case linked to the one being shown, seen from it.
 *
 * @param role      parent, child or related (the other case's role; the command line's word)
 * @param roleLabel 親案件, 子案件, 関連
 * @param linkedBy  who made the link
 */
public record LinkedCase(
        long id,
        String role,
        String roleLabel,
        String typeCode,
        String subject,
        CaseStatus status,
        String linkedBy,
        Instant linkedAt) {}
