package jp.shomu.ledger.report.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.PauseKind;
import jp.shomu.ledger.domain.cases.ReviewOutcome;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.ErrorCategory;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.sla.SlaMetric;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;

/**
 * The sheets that let someone read the export without the app: what each sheet and column holds, the fields of
 * every task type, and what every code means.
 */
final class Dictionary {
    private Dictionary() {}

    static void about(ExportSink sink, List<String[]> lines) throws IOException {
        simple(sink, "00_about", "説明", List.of("項目", "内容"), lines);
    }

    static void columns(ExportSink sink, List<ExportTable> tables) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (ExportTable t : tables) {
            rows.add(new String[] {t.title(), "", t.table(), "", t.description()});
            for (ExportColumn c : t.written()) {
                rows.add(new String[] {
                    t.title(), c.header(), c.columnName(), c.kind().label(), c.description()
                });
            }
        }
        simple(sink, "01_data_dictionary", "データ辞書", List.of("シート", "列見出し", "列名(台帳)", "型", "説明"), rows);
    }

    static void fields(ExportSink sink, LedgerContext ctx, List<Integer> versions) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (int v : versions) {
            for (TaskType t : ctx.catalog(v).taskTypes()) {
                for (FieldDef f : FieldInput.fieldsOf(t)) {
                    rows.add(new String[] {
                        Integer.toString(v),
                        t.code(),
                        t.name(),
                        f.key(),
                        f.label(),
                        f.type().name(),
                        f.required() ? "必須" : "",
                        f.sensitive() ? "機微" : "",
                        String.join("、", f.choices()),
                        f.help()
                    });
                }
            }
        }
        simple(
                sink,
                "02_field_definitions",
                "項目定義",
                List.of("カタログ版", "中区分コード", "中区分", "項目キー", "項目名", "型", "必須", "機微", "選択肢", "説明"),
                rows);
    }

    static void codes(ExportSink sink, Catalog catalog) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (CaseStatus s : CaseStatus.values()) {
            rows.add(new String[] {"案件の状態", s.name(), s.label()});
        }
        for (PauseKind k : PauseKind.values()) {
            rows.add(new String[] {"停止の種類", k.name(), k.label()});
        }
        for (ReviewOutcome o : ReviewOutcome.values()) {
            rows.add(new String[] {"ダブルチェックの結果", o.name(), o.label()});
        }
        for (ErrorCategory e : catalog.errorCategories()) {
            rows.add(new String[] {"誤りの分類", e.code(), e.label()});
        }
        for (Role r : Role.values()) {
            rows.add(new String[] {"役割", r.name(), r.label()});
        }
        for (TaskType t : catalog.taskTypes()) {
            rows.add(new String[] {"中区分", t.code(), t.name()});
        }
        for (SlaMetric m : SlaMetric.values()) {
            rows.add(new String[] {"SLA の指標", m.name(), m.label() + ": " + m.definition()});
        }
        simple(sink, "03_codes", "コード一覧", List.of("種類", "コード", "意味"), rows);
    }

    static List<String[]> aboutLines(Map<String, Object> facts) {
        List<String[]> lines = new ArrayList<>();
        facts.forEach((k, v) -> lines.add(new String[] {k, String.valueOf(v)}));
        return lines;
    }

    private static void simple(ExportSink sink, String name, String title, List<String> headers, List<String[]> rows)
            throws IOException {
        sink.begin(name, title, headers, Collections.nCopies(headers.size(), ColumnKind.TEXT));
        for (String[] r : rows) {
            sink.row(new ArrayList<>(List.of((Object[]) r)));
        }
        sink.end();
    }
}
