package jp.shomu.ledger.report.handover;

/** The fixed chapters of 引継書.md; the parts that depend on the bundle are filled in by {@link HandoverGuide}. */
final class HandoverGuideText {
    private HandoverGuideText() {}

    static String install(boolean msi, boolean zip) {
        StringBuilder md = new StringBuilder("## 2. アプリのインストール\n\n");
        if (!msi && !zip) {
            md.append("この資料にはインストーラーが入っていません。アプリの入手先は、引継ぎの受領書または契約の成果物一覧で確認してください。\n\n");
        }
        if (msi) {
            md.append("- **インストーラー(.msi)**: `package/` の .msi をダブルクリックします。管理者権限は要りません(使う人ごとに入ります)。")
                    .append("スタートメニューとデスクトップに「ShomuLedger」ができます。新しい版の .msi を実行すると、古い版が置き換わり、")
                    .append("個人設定(台帳の場所)は残ります。削除は「設定 → アプリ」から。\n");
        }
        if (zip) {
            md.append("- **ポータブル版(.zip)**: インストールが禁止された PC でも使えます。`package/` の .zip を右クリック →「すべて展開」し、")
                    .append("展開したフォルダの `ShomuLedger.exe` を起動します。Java を別に入れる必要はありません。削除はフォルダごと消すだけです。\n");
        }
        md.append("- どちらも Java(実行環境)を同梱しています。インターネットへの通信は一切しません。\n")
                .append("- コマンドプロンプトから使う場合は `ShomuLedgerCli.exe`(ポータブル版・インストール先のフォルダ内)を使います。")
                .append("`ShomuLedgerCli.exe --help` でコマンドの一覧が出ます。\n\n");
        return md.toString();
    }

    static String openLedger(String ledgerCopy) {
        return "## 3. 台帳を開く\n\n"
                + "1. `" + ledgerCopy + "` を、台帳を置くファイルサーバーの共有フォルダへコピーします"
                + "(例: `\\\\サーバー名\\共有名\\shomu\\ledger.db`。ファイル名は変えてかまいません)。\n"
                + "2. アプリを起動すると、初回は台帳の場所を聞かれます。コピーしたファイルを指定します。場所は使う人ごとに記憶されます"
                + "(`%APPDATA%\\ShomuLedger\\settings.properties`)。\n"
                + "3. 台帳を使えるのは、台帳の職員名簿に Windows のログイン名が登録された人だけです。最初は、この引継書の作成者"
                + "(管理責任者)として登録されているログイン名で名簿を更新するか、後任の管理責任者の登録を前任者に依頼してください"
                + "(`ShomuLedgerCli.exe staff add --ledger 台帳 --login ログイン名 --employee-no 番号 --name 氏名 --role 管理責任者`)。\n"
                + "4. 台帳が壊れていないかは、いつでも `ShomuLedgerCli.exe verify --ledger 台帳` で検査できます"
                + "(終了コード 0 なら問題なし)。\n\n";
    }

    static String readWithoutApp(String ledgerCopy, String workbook) {
        return "## 4. アプリなしで読む\n\n"
                + "- **業務カタログ**: `" + workbook + "` を Excel で開きます。1 枚目が 22 の中区分の一覧、2 枚目以降が中区分ごとの"
                + "業務マニュアル・業務フローの基礎資料です。A4 横で印刷できます。\n"
                + "- **台帳のデータ**: `" + ledgerCopy + "` は SQLite 3 のデータベース(1 ファイル)です。DB Browser for SQLite や "
                + "`sqlite3` コマンドなど、SQLite を読める一般のツールで開けます(開く前にコピーを作り、コピーの方を開いてください)。"
                + "文字コードは UTF-8、日付は `2027-04-01` の形、金額は円の整数です。主な表:\n\n"
                + "| 表 | 内容 |\n|---|---|\n"
                + "| `case_file` | 案件(1 行 1 件): 中区分、状態、件名、受付日・完備日・期限・完了日、担当、版 |\n"
                + "| `case_field` | 案件の入力項目の値(キーは業務カタログの「キー」) |\n"
                + "| `checklist_tick` | チェックリストの各手順を、誰がいつチェックしたか |\n"
                + "| `pause` | 不備照会・保留(期限が止まっていた期間) |\n"
                + "| `review`, `review_error` | ダブルチェックの結果と誤りの分類 |\n"
                + "| `time_entry`, `comment` | 作業時間(分)とコメント |\n"
                + "| `staff` | 職員名簿(ログイン名、職員番号、氏名、役割) |\n"
                + "| `catalog_version` | 業務カタログの各版(JSON) |\n"
                + "| `holiday_override` | 取り込んだ祝日の変更 |\n"
                + "| `audit_log` | すべての変更の記録(誰が・いつ・前後の値)。各行は前の行のハッシュを含む鎖になっています。"
                + "案件の前後の値は圧縮して保存しています(先頭1バイトが形式、deflate。内容は同梱の Excel の「監査ログ」シートで読めます) |\n\n"
                + "  CSV が必要なときは、ツールの「エクスポート」で表ごとに CSV にできます(Excel で開くときは UTF-8 を指定)。\n\n";
    }

    static String checkIntegrity(String manifest, String seal) {
        return "## 5. 改ざん・破損の確認\n\n"
                + "受け取ったら、まずすべてのファイルが作成時のままか確かめてください。どれか 1 バイトでも違えば、そのファイル名が示されます。\n\n"
                + "- アプリで: `ShomuLedgerCli.exe handover verify --dir このフォルダ`(ファイルの SHA-256 と台帳の写しの検査。"
                + "問題がなければ終了コード 0、問題があれば 2 と、そのファイル名)\n"
                + "- Windows の PowerShell で(アプリなし): このフォルダで次を実行し、すべて OK なら問題ありません。\n\n"
                + "  ```powershell\n"
                + "  Get-Content -Encoding UTF8 " + manifest + ", " + seal
                + " | ForEach-Object { $h, $f = $_ -split '  ', 2; "
                + "if ((Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash -eq $h.ToUpper()) { \"OK  $f\" } else { \"NG  $f\" } }\n"
                + "  ```\n\n"
                + "- 1 ファイルだけなら: `certutil -hashfile ファイル名 SHA256` の値を `" + manifest + "` の行と比べます。\n"
                + "- Linux などで: `sha256sum -c " + seal + " && sha256sum -c " + manifest + "`\n\n"
                + "`" + manifest + "` 自身の SHA-256 は `" + seal + "` にあります。両方が同時に書き換えられていないことは、"
                + "引継ぎの受領書に控えた `" + manifest + "` の SHA-256(作成時に表示されます)と比べて確かめます。\n\n";
    }

    static String care() {
        return "## 6. 取扱いの注意\n\n"
                + "- 台帳の写しには職員の個人情報が含まれます。保存した媒体は施錠して保管し、受け渡しの記録を残してください。\n"
                + "- 個人番号(マイナンバー)そのものは台帳に入っていません(確認したことだけを記録しています)。\n"
                + "- 引継書の内容について不明な点は、前任の管理責任者に確認してください。\n";
    }
}
