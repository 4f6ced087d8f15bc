package jp.shomu.ledger.domain.cases;

/**
 * The steps a person can take on one case. {@link CaseRules#allowedActions} says which of them a given person may
 * take on a given case now; the services enforce it and the case form offers only those.
 */
public enum CaseAction {
    START("処理開始"),
    EDIT("編集"),
    SUBMIT("確認依頼"),
    CHECK("ダブルチェック"),
    INQUIRY("不備照会"),
    HOLD("保留"),
    RESUME("再開"),
    COMPLETE("完了"),
    WITHDRAW("取下げ");

    private final String label;

    CaseAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The maker's work on the case: only its assignee (anyone while it is unassigned) or a 業務責任者/管理責任者 may
     * do it.
     */
    public boolean isMakerWork() {
        return switch (this) {
            case START, EDIT, SUBMIT, INQUIRY, HOLD, RESUME, WITHDRAW -> true;
            case CHECK, COMPLETE -> false;
        };
    }
}
