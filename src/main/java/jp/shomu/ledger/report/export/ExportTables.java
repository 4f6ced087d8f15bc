package jp.shomu.ledger.report.export;

import static jp.shomu.ledger.report.export.ExportColumn.date;
import static jp.shomu.ledger.report.export.ExportColumn.instant;
import static jp.shomu.ledger.report.export.ExportColumn.number;
import static jp.shomu.ledger.report.export.ExportColumn.text;

import java.util.List;

/**
 * Every table of the ledger (schemas V1–V3) with Japanese headings and a description of each column: the data
 * dictionary a successor reads the export with (design.md §1, 引き継ぎ). A table added later without an entry
 * here is still exported, with its column names as headings.
 */
final class ExportTables {
    static final List<ExportTable> ALL = List.of(
            new ExportTable(
                    "case_file",
                    "案件",
                    "case_file",
                    List.of("id"),
                    List.of(
                            number("id", "案件番号", "案件の番号(台帳内で一意)"),
                            text("type_code", "中区分コード", "業務の中区分(例: 2-2)。「コード一覧」参照"),
                            number("catalog_version", "カタログ版", "案件を登録したときの業務カタログの版"),
                            text("subject", "件名", "案件の件名"),
                            text(
                                    "status",
                                    "状態",
                                    "RECEIVED 受付 / IN_PROGRESS 処理中 / AWAITING_CHECK 確認待ち / WAITING_REQUESTER 不備照会中"
                                            + " / ON_HOLD 保留 / CITY_APPROVAL 市決裁待ち / DONE 完了 / WITHDRAWN 取下げ"),
                            text("status_before_pause", "停止前の状態", "不備照会・保留の間、再開後に戻る状態"),
                            date("received_on", "受付日", "受付日(項目「受付日」の値)"),
                            date("start_on", "起算日", "期限の起算日: 書類完備日、未入力の間は受付日"),
                            date("due_on", "処理期限", "処理期限(業務の期限ルールと停止期間から計算)。締切日未入力なら空欄"),
                            date("warn_on", "注意日", "この日から「期限間近」と表示"),
                            date("centre_done_on", "センター処理完了日", "ダブルチェックで承認した日(センターの処理の終わり)"),
                            date("completed_on", "完了日", "完了にした日(市決裁のある業務は市の決裁後)"),
                            number("assignee_id", "担当者ID", "担当する職員(「職員名簿」の職員ID)"),
                            number("created_by", "登録者ID", "登録した職員(「職員名簿」の職員ID)"),
                            instant("created_at", "登録日時", "登録した日時(日本時間)"),
                            instant("updated_at", "更新日時", "最後に更新した日時(日本時間)"),
                            number("send_back_count", "差戻し回数", "ダブルチェックで差し戻された回数"),
                            number("version", "版", "更新のたびに1増える番号(同時更新の検出用)")),
                    "案件の見出し。項目の値は「案件項目」シート"),
            new ExportTable(
                    "case_field",
                    "案件項目",
                    "case_field f join case_file c on c.id = f.case_id",
                    List.of("f.case_id", "f.key"),
                    List.of(
                            number("f.case_id", "案件番号", "「案件」シートの案件番号"),
                            text("f.key", "項目キー", "項目の識別子(英字)。「項目定義」シート参照"),
                            new ExportColumn("label", "項目名", ColumnKind.FIELD_LABEL, "項目の名前(案件のカタログ版による)"),
                            new ExportColumn(
                                    "f.value",
                                    "値",
                                    ColumnKind.FIELD_VALUE,
                                    "項目の値(日付は 2026-10-01、金額は円の整数)。機微な項目は業務責任者・管理責任者以外には＊＊＊"),
                            new ExportColumn("c.type_code", "", ColumnKind.HIDDEN, ""),
                            new ExportColumn("c.catalog_version", "", ColumnKind.HIDDEN, "")),
                    "案件ごとの項目の値(1行に1項目)"),
            new ExportTable(
                    "checklist_tick",
                    "チェック",
                    "checklist_tick",
                    List.of("case_id", "item_id"),
                    List.of(
                            number("case_id", "案件番号", "「案件」シートの案件番号"),
                            text("item_id", "チェック項目ID", "業務のチェックリストの項目(c1, c2 …)"),
                            number("ticked_by", "チェックした職員ID", "「職員名簿」の職員ID"),
                            instant("ticked_at", "チェック日時", "日本時間"),
                            text("note", "メモ", "")),
                    "チェックリストのチェック"),
            new ExportTable(
                    "pause",
                    "停止期間",
                    "pause",
                    List.of("id"),
                    List.of(
                            number("id", "停止ID", ""),
                            number("case_id", "案件番号", "「案件」シートの案件番号"),
                            text("kind", "種類", "REQUESTER 不備照会(申請者待ち) / CITY_HOLD 保留(市の判断待ち)"),
                            text("reason", "理由", ""),
                            text("addressee", "回付先", "保留の回付先(市の担当課・担当者)"),
                            date("started_on", "開始日", ""),
                            date("ended_on", "終了日", "空欄は停止中"),
                            text("answer", "回答", "再開時に記録した回答"),
                            number("started_by", "開始した職員ID", ""),
                            number("ended_by", "再開した職員ID", "")),
                    "不備照会・保留で期限の進行が止まった期間"),
            new ExportTable(
                    "review",
                    "ダブルチェック",
                    "review",
                    List.of("id"),
                    List.of(
                            number("id", "チェックID", ""),
                            number("case_id", "案件番号", ""),
                            number("reviewer_id", "確認者ID", "ダブルチェックした職員"),
                            number("maker_id", "処理者ID", "確認された処理をした職員"),
                            text("outcome", "結果", "APPROVED 承認 / SENT_BACK 差戻し / POST_COMPLETION_ERROR 完了後の誤り"),
                            text("comment", "コメント", ""),
                            instant("reviewed_at", "日時", "日本時間")),
                    "ダブルチェックの記録と完了後の誤り"),
            new ExportTable(
                    "review_error",
                    "誤り分類",
                    "review_error",
                    List.of("review_id", "category"),
                    List.of(
                            number("review_id", "チェックID", "「ダブルチェック」シートのチェックID"),
                            text("category", "誤りの分類", "「コード一覧」の誤りの分類")),
                    "差戻し・完了後の誤りの分類"),
            new ExportTable(
                    "time_entry",
                    "作業時間",
                    "time_entry",
                    List.of("id"),
                    List.of(
                            number("id", "記録ID", ""),
                            number("case_id", "案件番号", ""),
                            number("staff_id", "職員ID", ""),
                            date("work_date", "作業日", ""),
                            number("minutes", "分", "作業時間(分)")),
                    "案件ごとの作業時間"),
            new ExportTable(
                    "comment",
                    "コメント",
                    "comment",
                    List.of("id"),
                    List.of(
                            number("id", "コメントID", ""),
                            number("case_id", "案件番号", ""),
                            number("author_id", "記入者ID", ""),
                            instant("written_at", "日時", "日本時間"),
                            text("body", "本文", "")),
                    "案件へのコメント(取下げの理由を含む)"),
            new ExportTable(
                    "staff",
                    "職員名簿",
                    "staff",
                    List.of("id"),
                    List.of(
                            number("id", "職員ID", ""),
                            text("login", "ログイン名", "Windows のログイン名"),
                            text("employee_no", "職員番号", ""),
                            text("name", "氏名", ""),
                            text("role", "役割", "OPERATOR 担当者 / LEADER 業務責任者 / MANAGER 管理責任者 / AUDITOR 監査"),
                            text("team", "チーム", ""),
                            number("active", "有効", "1 有効 / 0 無効"),
                            number("version", "版", "")),
                    "台帳を使う職員"),
            new ExportTable(
                    "catalog_version",
                    "業務カタログの版",
                    "catalog_version",
                    List.of("version"),
                    List.of(
                            number("version", "版", ""),
                            instant("created_at", "登録日時", "日本時間"),
                            text("created_by", "登録者", "ログイン名"),
                            text("sha256", "SHA-256", "内容のハッシュ値"),
                            text(
                                    "content",
                                    "内容(JSON)",
                                    "カタログ全体。Excel の1セルに入らない分は CSV 出力を参照。" + "読みやすい形は「項目定義」「コード一覧」シート")),
                    "業務カタログ(22の中区分の定義)の版"),
            new ExportTable(
                    "change_proposal",
                    "変更提案",
                    "change_proposal",
                    List.of("id"),
                    List.of(
                            number("id", "提案番号", ""),
                            text("kind", "種類", "CATALOG 業務カタログ / SLA_TARGETS SLA目標"),
                            text("summary", "概要", "何をなぜ変えるか"),
                            text("payload", "内容(JSON)", "提案されたカタログまたは設定の全体"),
                            text("payload_sha256", "内容のSHA-256", ""),
                            number("base_version", "元の版", "提案したときに使われていた版"),
                            text("status", "状態", "PROPOSED 提案中 / APPROVED 承認 / REJECTED 却下 / WITHDRAWN 取下げ"),
                            number("proposed_by", "提案者ID", "「職員名簿」の職員ID"),
                            instant("proposed_at", "提案日時", "日本時間"),
                            number("decided_by", "決定者ID", "承認・却下した職員(提案者とは別の人)"),
                            instant("decided_at", "決定日時", "日本時間"),
                            text("decision_note", "決定のコメント", ""),
                            number("result_version", "承認でできた版", ""),
                            number("version", "版", "")),
                    "業務カタログと SLA 目標の変更提案(2人目の承認で有効)"),
            new ExportTable(
                    "settings_version",
                    "設定の版",
                    "settings_version",
                    List.of("kind", "version"),
                    List.of(
                            text("kind", "種類", "SLA_TARGETS SLA目標"),
                            number("version", "版", ""),
                            text(
                                    "content",
                                    "内容(JSON)",
                                    "SLA目標: {effectiveFrom 適用開始月, items [指標 metric, 項目名 name, 目標 target]}"),
                            text("sha256", "SHA-256", ""),
                            number("proposal_id", "提案番号", "「変更提案」シート"),
                            instant("created_at", "承認日時", "日本時間")),
                    "承認された設定(SLA目標)の版"),
            new ExportTable(
                    "import_mapping",
                    "取込み設定",
                    "import_mapping",
                    List.of("name"),
                    List.of(
                            text("name", "名前", ""),
                            text("content", "内容(JSON)", "列の対応と固定値"),
                            instant("updated_at", "更新日時", "日本時間"),
                            text("updated_by", "更新者", "ログイン名"),
                            number("version", "版", "")),
                    "保存した取込みの列対応"),
            new ExportTable(
                    "holiday_override",
                    "休日の上書き",
                    "holiday_override",
                    List.of("day"),
                    List.of(
                            date("day", "日付", ""),
                            text("name", "名称", ""),
                            text("kind", "種類", "ADD_HOLIDAY 休日に追加 / REMOVE_HOLIDAY 休日から除外"),
                            text("source", "出典", "")),
                    "内閣府の祝日一覧から取り込んだ休日の追加・除外"),
            new ExportTable(
                    "meta",
                    "管理情報",
                    "meta",
                    List.of("key"),
                    List.of(text("key", "キー", ""), text("value", "値", "")),
                    "台帳の管理情報(監査ログの末尾など)"),
            new ExportTable(
                    "accepted_month",
                    "受理済みの月",
                    "accepted_month",
                    List.of("id"),
                    List.of(
                            number("id", "番号", ""),
                            text("month", "月", "YYYY-MM"),
                            text("anchor", "アンカー", "月末の監査ログの値(ハッシュ@日付)"),
                            text("totals", "数値(JSON)", "その月の合計の数値"),
                            number("accepted_by", "記録者", "「職員名簿」シートの番号"),
                            instant("accepted_at", "記録日時", "日本時間"),
                            text("note", "受理の記録", "")),
                    "市が受理した月次報告(受理したまま固定)。報告書のファイルそのものは台帳の中にあり、その月の月次報告として取り出せる"),
            new ExportTable(
                    "audit_log",
                    "監査ログ",
                    "audit_log",
                    List.of("seq"),
                    List.of(
                            number("seq", "番号", "1から連続する番号"),
                            text("at", "日時(UTC)", "記録した時刻。ハッシュの計算に使う元の値のまま(協定世界時)"),
                            text("actor", "実行者", "ログイン名"),
                            text("entity", "対象", "case 案件 / staff 職員 / tick チェック / pause 停止 / review ダブルチェック など"),
                            text("entity_id", "対象ID", ""),
                            text("action", "操作", ""),
                            new ExportColumn("before", "変更前", ColumnKind.AUDIT_IMAGE, "変更前の内容(JSON)"),
                            new ExportColumn("after", "変更後", ColumnKind.AUDIT_IMAGE, "変更後の内容(JSON)"),
                            text("prev_hash", "前の行のハッシュ", ""),
                            text("hash", "ハッシュ", "この行の内容と前の行のハッシュから計算した SHA-256")),
                    "すべての変更の記録(ハッシュで連結。機微な項目は権限により＊＊＊)"));

    private ExportTables() {}
}
