package jp.shomu.ledger.domain.cases;

import java.util.List;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.FieldType;

/** The items every case carries whatever its type (domain-22 §0.2), shown above the type's own fields. */
public final class CommonFields {
    public static final String RECEIVED_ON = "receivedOn";
    public static final String CHANNEL = "channel";
    public static final String REQUESTER_DEPT = "requesterDept";
    public static final String REQUESTER = "requester";
    public static final String DOCS_COMPLETE_ON = "docsCompleteOn";
    public static final String RELATED_SYSTEM = "relatedSystem";
    public static final String APPROVER = "approver";
    /** A field of a type whose cases form parent and child levels (2-1): first choice the parent's, second the child's. */
    public static final String RUN_LEVEL = "runLevel";

    public static final List<FieldDef> ALL = List.of(
            new FieldDef(RECEIVED_ON, "受付日", FieldType.DATE, true, false, List.of(), "空欄なら今日"),
            new FieldDef(
                    CHANNEL,
                    "受付経路",
                    FieldType.CHOICE,
                    false,
                    false,
                    List.of("庶務事務システム", "LoGoフォーム", "紙・庁内便", "メール", "電話"),
                    ""),
            new FieldDef(REQUESTER_DEPT, "依頼所属", FieldType.TEXT, false, false, List.of(), ""),
            new FieldDef(REQUESTER, "依頼者(職員番号)", FieldType.EMPLOYEE_NO, false, false, List.of(), ""),
            new FieldDef(DOCS_COMPLETE_ON, "書類完備日", FieldType.DATE, false, false, List.of(), "期限はこの日から数える。空欄の間は受付日から"),
            new FieldDef(
                    RELATED_SYSTEM,
                    "関連システム",
                    FieldType.CHOICE,
                    false,
                    false,
                    List.of("庶務事務", "人事給与", "財務会計", "文書管理", "kintone", "消耗品調達", "FAQ"),
                    "この案件で入力・照会するシステム"),
            new FieldDef(APPROVER, "決裁者(職員番号)", FieldType.EMPLOYEE_NO, false, false, List.of(), "[市] の決裁をした市職員"));

    private CommonFields() {}

    /** Every field a case of this type has: the common ones first, then the type's own. */
    public static List<FieldDef> withTypeFields(jp.shomu.ledger.domain.catalog.TaskType type) {
        List<FieldDef> all = new java.util.ArrayList<>(ALL);
        all.addAll(type.fields());
        return all;
    }
}
