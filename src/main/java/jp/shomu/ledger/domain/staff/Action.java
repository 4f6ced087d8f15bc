package jp.shomu.ledger.domain.staff;

/** Things a person can do in the ledger; {@link Permissions} says which role may do which. */
public enum Action {
    READ_CASES("案件の閲覧"),
    CREATE_CASE("案件の登録"),
    EDIT_CASE("案件の編集・チェック・状態変更"),
    DOUBLE_CHECK("ダブルチェック"),
    ASSIGN("担当の割当て"),
    REOPEN("完了案件の再開"),
    VIEW_SENSITIVE("機微情報の閲覧"),
    MONTHLY_REPORT("月次報告の作成"),
    EXPORT("台帳の出力"),
    IMPORT("取込み"),
    MANAGE_CALENDAR("祝日の取込み"),
    MANAGE_ROSTER("職員名簿の管理"),
    ARCHIVE_YEAR("年度アーカイブ(完了案件の保管ファイルへの移動)"),
    VIEW_AUDIT("監査ログ・閲覧記録の閲覧"),
    EXPORT_AUDIT("監査ログ・閲覧記録の出力"),
    PROPOSE_CHANGE("カタログ・SLA目標の変更の提案"),
    APPROVE_CHANGE("カタログ・SLA目標の変更の承認"),
    /** Anyone working may record an emergency the moment it happens (spec §20). */
    RECORD_INCIDENT("危機管理事案の記録"),
    CENTRE_RECORDS("提出物・定例会・改善提案・SLA合意の記録"),
    BACKUP("バックアップの作成"),
    RESTORE("バックアップからの復元"),
    COMPACT_AUDIT("監査ログの保存形式の変換");

    private final String label;

    Action(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
