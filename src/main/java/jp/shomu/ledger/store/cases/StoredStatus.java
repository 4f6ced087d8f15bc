package jp.shomu.ledger.store.cases;

import java.util.Arrays;
import java.util.List;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;

/**
 * A case's status as stored: a value this app does not know (a row edited with another tool, or damaged) is a
 * damaged row named by its case number, never a crash ("No enum constant …").
 */
public final class StoredStatus {
    private StoredStatus() {}

    /** The status names the app writes, for SQL that finds rows holding anything else. */
    public static List<String> names() {
        return Arrays.stream(CaseStatus.values()).map(Enum::name).toList();
    }

    public static CaseStatus of(long caseId, String value) {
        try {
            return CaseStatus.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new LedgerException(LedgerProblem.DAMAGED, damaged(caseId, value), e);
        }
    }

    /** 「案件 12 の状態「COMPLETED」はこのアプリの知らない値です…」 */
    public static String damaged(long caseId, String value) {
        return "案件 " + caseId + " の状態「" + value + "」はこのアプリの知らない値です"
                + "(台帳が壊れているか、アプリを通さずに変更された可能性があります)。"
                + "管理責任者に連絡し、verify で台帳を検査してください。";
    }
}
