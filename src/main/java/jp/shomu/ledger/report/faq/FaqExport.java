package jp.shomu.ledger.report.faq;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.inquiries.FaqVersion;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.inquiries.FaqService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * What leaves the ledger for the city's FAQ system (spec §10⑩, a RAG system that reads documents) and as the §14
 * deliverable: only the live words of live articles — never a draft, a revision waiting for review, or a retired
 * article. Markdown: one file per article with a small front matter, plus index.csv (UTF-8 with a BOM, so Excel
 * reads it); Excel: the printable FAQ list ({@link FaqWorkbook}).
 */
public final class FaqExport {
    public static final String INDEX = "index.csv";
    public static final String WORKBOOK = "FAQ一覧.xlsx";

    private final LedgerContext ctx;

    public FaqExport(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** Where the export went and how many articles it holds. */
    public record Written(Path path, int articles) {}

    public Written markdown(StaffMember actor, Path dir) {
        List<FaqVersion> live = new FaqService(ctx).live(actor);
        try {
            Files.createDirectories(dir);
            try (OutputStream out = Files.newOutputStream(dir.resolve(INDEX))) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                try (CSVPrinter csv =
                        new CSVPrinter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
                    csv.printRecord(
                            "id", "version", "task_type", "task_type_name", "question", "keywords", "updated", "file");
                    for (FaqVersion v : live) {
                        String file = fileName(v);
                        Files.writeString(dir.resolve(file), markdown(v), StandardCharsets.UTF_8);
                        csv.printRecord(
                                v.articleId(),
                                v.version(),
                                v.typeCode(),
                                typeName(v.typeCode()),
                                v.question(),
                                String.join(";", v.keywords()),
                                updated(v),
                                file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(dir, live.size());
    }

    public Written excel(StaffMember actor, Path dir) {
        List<FaqVersion> live = new FaqService(ctx).live(actor);
        Path file = dir.resolve(WORKBOOK);
        try {
            Files.createDirectories(dir);
            try (OutputStream out = Files.newOutputStream(file)) {
                FaqWorkbook.write(live, this::typeName, ctx.today(), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(file, live.size());
    }

    public static String fileName(FaqVersion v) {
        return String.format("faq-%05d.md", v.articleId());
    }

    /** The Markdown of one article: front matter (YAML; strings JSON-quoted, which YAML reads), question, answer. */
    String markdown(FaqVersion v) {
        StringBuilder md = new StringBuilder();
        md.append("---\n");
        md.append("id: ").append(v.articleId()).append('\n');
        md.append("version: ").append(v.version()).append('\n');
        md.append("task_type: ").append(quote(v.typeCode())).append('\n');
        md.append("task_type_name: ").append(quote(typeName(v.typeCode()))).append('\n');
        md.append("keywords: [")
                .append(v.keywords().stream().map(FaqExport::quote).collect(Collectors.joining(", ")))
                .append("]\n");
        md.append("updated: ").append(updated(v)).append('\n');
        md.append("---\n\n");
        md.append("# ").append(v.question().replace('\n', ' ')).append("\n\n");
        md.append(v.answer()).append('\n');
        if (!v.source().isEmpty()) {
            md.append("\n出典: ").append(v.source()).append('\n');
        }
        return md.toString();
    }

    private static LocalDate updated(FaqVersion v) {
        return v.changedAt().toLocalDate();
    }

    String typeName(String code) {
        return ctx.catalog().taskType(code).map(TaskType::name).orElse("");
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> {}
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
