package jp.shomu.ledger.service.inquiries;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.inquiries.FaqArticle;
import jp.shomu.ledger.domain.inquiries.FaqStatus;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.imports.ImportProblem;
import jp.shomu.ledger.service.imports.RowSource;
import jp.shomu.ledger.store.inquiries.FaqRepository;

/**
 * An existing FAQ list (CSV or Excel, read through a {@link RowSource}) imported as drafts: columns found by their
 * headers 中区分・質問・回答・キーワード・出典, every cell checked (the My Number guard included) before anything is
 * written, every problem named with its row and column, and all rows written in one transaction or none.
 */
public final class FaqImportService {
    static final String TYPE = "中区分";
    static final String QUESTION = "質問";
    static final String ANSWER = "回答";
    static final String KEYWORDS = "キーワード";
    static final String SOURCE = "出典";
    private static final List<String> REQUIRED = List.of(TYPE, QUESTION, ANSWER);
    private static final List<String> KNOWN = List.of(TYPE, QUESTION, ANSWER, KEYWORDS, SOURCE);
    private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("[、,,\\s\\u3000]+");
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final LedgerContext ctx;

    public FaqImportService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** One checked row: its row number as the spreadsheet shows it and the words to write. */
    public record PlannedFaq(int row, FaqInput input) {}

    /** What a file would import: the checked rows, or the problems (then nothing is imported). */
    public record Plan(String file, List<PlannedFaq> rows, List<ImportProblem> problems) {
        public Plan {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty() && !rows.isEmpty();
        }
    }

    /** The import found problems (or no rows) and wrote nothing; {@link #plan()} lists every problem. */
    public static final class RefusedException extends InvalidInputException {
        private static final long serialVersionUID = 1L;
        private final transient Plan plan;

        RefusedException(Plan plan) {
            super(
                    plan.problems().isEmpty()
                            ? plan.file() + " に取り込む FAQ の行がありません。何も取り込んでいません。"
                            : plan.file() + " に誤りが " + plan.problems().size()
                                    + " 件あります。1行でも誤りがあると何も取り込みません。最初の誤り: "
                                    + plan.problems().get(0).text());
            this.plan = plan;
        }

        public Plan plan() {
            return plan;
        }
    }

    /** Reads and checks every row without writing anything (the dry run). */
    public Plan check(StaffMember actor, RowSource source) {
        Permissions.require(actor, Action.EDIT_CASE);
        return plan(source);
    }

    /**
     * Imports every row as a draft in one write transaction and returns the ids created, in row order.
     *
     * @throws RefusedException when any row has a problem or there is no row; nothing is written
     */
    public List<Long> importDrafts(StaffMember actor, RowSource source) {
        Permissions.require(actor, Action.EDIT_CASE);
        Plan plan = plan(source);
        if (!plan.ok()) {
            throw new RefusedException(plan);
        }
        LocalDateTime now = LocalDateTime.now(ctx.clock().withZone(JAPAN)).truncatedTo(ChronoUnit.SECONDS);
        return ctx.ledger().write(actor.login(), tx -> {
            List<Long> ids = new ArrayList<>();
            for (PlannedFaq p : plan.rows()) {
                FaqInput v = p.input();
                FaqArticle a = new FaqArticle(
                        0,
                        FaqStatus.DRAFT,
                        v.typeCode(),
                        v.question(),
                        v.answer(),
                        v.keywords(),
                        List.of(),
                        v.source(),
                        actor.login(),
                        actor.login(),
                        "",
                        null,
                        now,
                        now,
                        1);
                ids.add(FaqRepository.insert(tx, a, "作成"));
            }
            return ids;
        });
    }

    private Plan plan(RowSource source) {
        List<PlannedFaq> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        int[] headerWidth = {-1};
        source.read((rowNumber, cells) -> {
            if (headerWidth[0] < 0) {
                if (blank(cells)) {
                    return;
                }
                headerWidth[0] = cells.size();
                header(rowNumber, cells, columns, problems);
                return;
            }
            if (blank(cells)) {
                return;
            }
            if (source.rowsHaveFixedWidth() && cells.size() != headerWidth[0]) {
                problems.add(new ImportProblem(
                        rowNumber,
                        "",
                        "列の数が見出しと違います(見出し " + headerWidth[0] + " 列、この行 " + cells.size() + " 列)。区切りの「,」や引用符を確かめてください"));
                return;
            }
            for (int i = headerWidth[0]; i < cells.size(); i++) {
                if (!cells.get(i).isBlank()) {
                    problems.add(new ImportProblem(rowNumber, "", (i + 1) + " 列目は見出しがないのに値があります。列の数を見出しに合わせてください"));
                    return;
                }
            }
            if (!columns.keySet().containsAll(REQUIRED)) {
                return; // the header problem is already reported
            }
            PlannedFaq p = row(rowNumber, cells, columns, problems);
            if (p != null) {
                rows.add(p);
            }
        });
        if (headerWidth[0] < 0) {
            problems.add(new ImportProblem(1, "", "見出しの行がありません(中区分・質問・回答・キーワード・出典)"));
        }
        return new Plan(source.name(), rows, problems);
    }

    private static void header(
            int rowNumber, List<String> cells, Map<String, Integer> columns, List<ImportProblem> problems) {
        int last = cells.size() - 1;
        while (last >= 0 && cells.get(last).isBlank()) {
            last--;
        }
        for (int i = 0; i <= last; i++) {
            String name = cells.get(i).strip().replace("\uFEFF", "");
            if (name.isEmpty()) {
                problems.add(new ImportProblem(rowNumber, (i + 1) + " 列目", "見出しが空です"));
            } else if (!KNOWN.contains(name)) {
                problems.add(new ImportProblem(rowNumber, name, "知らない見出しです。使える見出しは 中区分・質問・回答・キーワード・出典 です"));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new ImportProblem(rowNumber, name, "同じ見出しが2回あります"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(new ImportProblem(rowNumber, required, "必須の見出しがありません"));
            }
        }
    }

    private PlannedFaq row(int rowNumber, List<String> cells, Map<String, Integer> columns, List<ImportProblem> out) {
        int before = out.size();
        String type = cell(cells, columns, TYPE);
        String code = "";
        try {
            TextRules.text(TYPE, type, false);
            code = TextRules.typeCode(ctx.catalog(), type, true);
        } catch (InvalidInputException e) {
            out.add(new ImportProblem(rowNumber, TYPE, e.getMessage()));
        }
        String question = checked(rowNumber, QUESTION, cell(cells, columns, QUESTION), true, out);
        String answer = checked(rowNumber, ANSWER, cell(cells, columns, ANSWER), true, out);
        List<String> keywords = new ArrayList<>();
        for (String k : KEYWORD_SEPARATORS.split(cell(cells, columns, KEYWORDS).strip())) {
            String kw = checked(rowNumber, KEYWORDS, k, false, out);
            if (!kw.isEmpty() && !keywords.contains(kw)) {
                keywords.add(kw);
            }
        }
        String source = checked(rowNumber, SOURCE, cell(cells, columns, SOURCE), false, out);
        if (out.size() > before) {
            return null;
        }
        return new PlannedFaq(rowNumber, new FaqInput(code, question, answer, keywords, List.of(), source));
    }

    private static String checked(
            int rowNumber, String column, String value, boolean required, List<ImportProblem> out) {
        try {
            return TextRules.text(column, value, required);
        } catch (InvalidInputException e) {
            out.add(new ImportProblem(rowNumber, column, e.getMessage()));
            return "";
        }
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= cells.size() ? "" : cells.get(i);
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }
}
