package jp.shomu.ledger.report.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.ProgressSink;
import jp.shomu.ledger.service.SensitiveData;
import jp.shomu.ledger.service.SensitiveOutput;
import jp.shomu.ledger.service.reports.ExportService;
import jp.shomu.ledger.store.AuditImages;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.TablePager;

/**
 * Reads every table of the ledger a page at a time and hands each row on as typed values — String, Long, Double,
 * LocalDate, LocalDateTime (Japan time) or null — with case fields named, and shown or masked for the reader
 * through {@link SensitiveOutput}, which also notes every case in the output. Both the Excel and the CSV export
 * write what this gives them.
 */
final class TableWalker {
    static final int PAGE = 2_000;
    private static final String FIELD = "field.";

    /** Receives the rows of one table. */
    interface RowSink {
        void row(List<Object> values);
    }

    private final LedgerContext ctx;
    private final SensitiveOutput output;
    private final ExportService exports;
    private final Set<String> sensitiveKeys;

    TableWalker(LedgerContext ctx, SensitiveOutput output, ExportService exports) {
        this.ctx = ctx;
        this.output = output;
        this.exports = exports;
        this.sensitiveKeys = exports.sensitiveKeys();
    }

    /** The tables to export: the described ones in their order, then any others the ledger has. */
    List<ExportTable> tables() {
        List<String> present = ctx.ledger().read(TablePager::tables);
        List<ExportTable> result = new ArrayList<>();
        for (ExportTable t : ExportTables.ALL) {
            if (present.contains(t.table())) {
                result.add(t);
            }
        }
        for (String name : present) {
            if (ExportTables.ALL.stream().noneMatch(t -> t.table().equals(name))) {
                result.add(undescribed(name));
            }
        }
        return result;
    }

    long count(ExportTable t) {
        return ctx.ledger().read(c -> TablePager.count(c, t.from()));
    }

    /** Walks one table; {@code done} counts rows across tables for the progress bar. */
    void walk(ExportTable t, RowSink sink, ProgressSink progress, long[] done, long total) {
        List<ExportColumn> read = t.columns().stream()
                .filter(c -> c.kind() != ColumnKind.FIELD_LABEL)
                .toList();
        List<String> sql = read.stream().map(ExportColumn::sql).toList();
        Object[] after = null;
        while (true) {
            progress.checkCancelled();
            Object[] from = after;
            List<Object[]> page = ctx.ledger().read(c -> TablePager.page(c, t.from(), sql, t.keys(), from, PAGE));
            for (Object[] raw : page) {
                sink.row(values(t, read, raw));
            }
            done[0] += page.size();
            progress.progress(done[0], total, "「" + t.title() + "」を出力中");
            if (page.size() < PAGE) {
                return;
            }
            Object[] last = page.get(page.size() - 1);
            after = Arrays.copyOfRange(last, read.size(), last.length);
        }
    }

    private List<Object> values(ExportTable t, List<ExportColumn> read, Object[] raw) {
        List<Object> out = new ArrayList<>(t.written().size());
        FieldDef field = null;
        long caseId = 0;
        if (t.table().equals("case_field")) {
            field = exports.field(
                            ((Number) raw[indexOf(read, "catalog_version")]).intValue(),
                            (String) raw[indexOf(read, "type_code")],
                            (String) raw[indexOf(read, "key")])
                    .orElse(null);
            caseId = ((Number) raw[indexOf(read, "case_id")]).longValue();
        } else if (t.table().equals("case_file")) {
            output.includes(((Number) raw[indexOf(read, "id")]).longValue());
        }
        int i = 0;
        for (ExportColumn col : t.columns()) {
            if (col.kind() == ColumnKind.FIELD_LABEL) {
                out.add(field == null ? "" : field.label());
                continue;
            }
            Object v = raw[i++];
            switch (col.kind()) {
                case FIELD_VALUE -> out.add(field == null ? text(v) : output.cell(caseId, field, text(v)));
                case AUDIT_IMAGE -> out.add(auditImage(text(AuditImages.text(v))));
                case DATE -> out.add(date(v));
                case INSTANT -> out.add(instant(v));
                case NUMBER -> out.add(v);
                case TEXT -> out.add(v == null ? null : text(v));
                default -> {
                    // HIDDEN: read only to look the field up
                }
            }
        }
        return out;
    }

    private static int indexOf(List<ExportColumn> read, String name) {
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i).columnName().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /**
     * An audit image (flat JSON) with every sensitive field's value masked, whoever exports it: the audit trail
     * shows that a value changed, by whom and when, never the value (docs/SECURITY.md §5).
     */
    private Object auditImage(String json) {
        if (json.isEmpty()) {
            return "";
        }
        Map<String, String> image;
        try {
            image = Json.readFlat(json);
        } catch (IllegalStateException notFlat) {
            return json;
        }
        Map<String, String> masked = new TreeMap<>(image);
        masked.replaceAll(
                (k, v) -> k.startsWith(FIELD) && sensitiveKeys.contains(k.substring(FIELD.length())) && !v.isEmpty()
                        ? SensitiveData.MASK
                        : v);
        return masked.equals(image) ? json : Json.write(masked);
    }

    private static String text(Object v) {
        return v == null ? "" : v.toString();
    }

    private static Object date(Object v) {
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.toString());
        } catch (DateTimeParseException e) {
            return v.toString();
        }
    }

    private static Object instant(Object v) {
        if (v == null) {
            return null;
        }
        try {
            return LocalDateTime.ofInstant(Instant.parse(v.toString()), JapanTime.ZONE);
        } catch (DateTimeParseException e) {
            return v.toString();
        }
    }

    private ExportTable undescribed(String name) {
        List<String> columns = ctx.ledger().read(c -> TablePager.columns(c, name));
        List<String> pk = ctx.ledger().read(c -> TablePager.primaryKey(c, name));
        List<ExportColumn> cols =
                columns.stream().map(c -> ExportColumn.text(c, c, "(説明なし)")).toList();
        return new ExportTable(
                name,
                name.length() > 31 ? name.substring(0, 31) : name,
                name,
                pk.isEmpty() ? List.of("rowid") : pk,
                cols,
                "(このアプリの版では説明のない表)");
    }
}
