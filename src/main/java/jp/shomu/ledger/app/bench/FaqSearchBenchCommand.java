package jp.shomu.ledger.app.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import jp.shomu.ledger.app.cli.ExitCodes;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.inquiries.FaqService;
import jp.shomu.ledger.service.inquiries.InquiryService;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.inquiries.FaqRepository;
import jp.shomu.ledger.store.inquiries.InquiryRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times FAQ and inquiry search (issue #15) on a new ledger filled with fictional articles and inquiries: words of
 * one, two, three and more characters and two-word searches, through the services as the quick-entry form calls them
 * (the 20 best, rows read). The rows are loaded with plain INSERTs (no audit entries): the file is for measuring only.
 */
@Command(name = "faq-search", description = "FAQ と過去の問合せの検索の速さを測ります(新しい計測用の台帳を作ります)。")
final class FaqSearchBenchCommand implements Callable<Integer> {
    private static final String[] WORDS = {
        "扶養手当",
        "通勤手当",
        "住宅手当",
        "住民税",
        "年末調整",
        "給与",
        "振込",
        "届出",
        "期限",
        "証明書",
        "旅費",
        "共済",
        "保険",
        "切手",
        "複合機",
        "消耗品",
        "会計年度任用職員",
        "源泉徴収票",
        "控除",
        "認定",
        "申請書",
        "添付書類",
        "所属長",
        "決裁",
        "印",
        "税",
        "課",
        "月",
        "日",
        "期末手当",
        "勤勉手当",
        "特別徴収",
        "再発行",
        "様式",
        "押印",
        "電子申請",
        "締切",
        "支給日",
        "口座",
        "変更"
    };
    private static final String[] GLUE = {"の", "は", "を", "に", "で", "と", "が", "について", "ですか", "します", "してください", "、", "。"};
    private static final List<String> QUERIES =
            List.of("税", "印", "課", "扶養", "期限", "切手", "口座", "証明書", "住民税", "年末調整", "会計年度任用職員", "扶養 期限", "税 変更");

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "計測用の台帳を作るフォルダ")
    Path dir;

    @Option(names = "--articles", defaultValue = "10000")
    int articles;

    @Option(names = "--inquiries", defaultValue = "100000")
    int inquiries;

    @Option(names = "--rounds", defaultValue = "30", description = "語ごとの回数")
    int rounds;

    @Option(names = "--seed", defaultValue = "15")
    long seed;

    @Option(names = "--reuse", description = "前回作った計測用の台帳をそのまま使う")
    boolean reuse;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path file = dir.resolve("faq-bench.db");
        Random random = new Random(seed);
        double loadS = BenchLedgerFile.prepare(file, reuse, f -> {
            try (Ledger ledger = Ledger.open(f, Clock.systemUTC())) {
                load(ledger, random);
            }
        });
        out.printf(
                "FAQ %,d 件(公開)、問合せ %,d 件: 作成 %.1f s、ファイル %.0f MB%n",
                articles, inquiries, loadS, Files.size(file) / 1e6);
        BenchLedgerFile.printLoad(out);
        try (LedgerContext ctx = LedgerContext.open(file, Clock.systemUTC())) {
            StaffMember me = ctx.whoIs("admin");
            FaqService faq = new FaqService(ctx);
            InquiryService log = new InquiryService(ctx);
            for (String q : QUERIES) {
                faq.search(me, q, 20);
                log.search(me, q, 20);
            }
            out.println("検索語\t文字数\tFAQ 件数\tFAQ p50 ms\tFAQ p95 ms\t問合せ件数\t問合せ p50 ms\t問合せ p95 ms");
            List<Double> allFaq = new ArrayList<>();
            List<Double> allLog = new ArrayList<>();
            for (String q : QUERIES) {
                double[] f = new double[rounds];
                double[] l = new double[rounds];
                int fn = 0;
                int ln = 0;
                for (int i = 0; i < rounds; i++) {
                    long s = System.nanoTime();
                    fn = faq.search(me, q, 20).size();
                    f[i] = (System.nanoTime() - s) / 1e6;
                    s = System.nanoTime();
                    ln = log.search(me, q, 20).size();
                    l[i] = (System.nanoTime() - s) / 1e6;
                    allFaq.add(f[i]);
                    allLog.add(l[i]);
                }
                out.printf(
                        "%s\t%d\t%d\t%.1f\t%.1f\t%d\t%.1f\t%.1f%n",
                        q, q.replace(" ", "").length(), fn, pct(f, 50), pct(f, 95), ln, pct(l, 50), pct(l, 95));
            }
            double[] af = allFaq.stream().mapToDouble(Double::doubleValue).toArray();
            double[] al = allLog.stream().mapToDouble(Double::doubleValue).toArray();
            out.printf(
                    "RESULT faq_p95_ms=%.1f inquiry_p95_ms=%.1f faq_max_ms=%.1f inquiry_max_ms=%.1f%n",
                    pct(af, 95), pct(al, 95), pct(af, 100), pct(al, 100));
        }
        return ExitCodes.DONE;
    }

    private void load(Ledger ledger, Random random) {
        int batch = 5000;
        for (int from = 0; from < articles; from += batch) {
            int n = Math.min(batch, articles - from);
            ledger.write("admin", tx -> {
                try (PreparedStatement a = tx.connection()
                                .prepareStatement(
                                        "INSERT INTO faq_article(status, type_code, question, answer, keywords,"
                                                + " author, editor, approved_by, published_version, created_at, updated_at)"
                                                + " VALUES ('PUBLISHED', '2-2', ?, ?, ?, 'admin', 'admin', 'admin', 1,"
                                                + " '2027-04-01T09:00:00', '2027-04-01T09:00:00')");
                        PreparedStatement v = tx.connection()
                                .prepareStatement("INSERT INTO faq_article_version(article_id, version, action, status,"
                                        + " type_code, question, answer, keywords, related, source, changed_by,"
                                        + " changed_at) SELECT id, 1, '承認', status, type_code, question, answer,"
                                        + " keywords, '', '', 'admin', updated_at FROM faq_article"
                                        + " WHERE id = last_insert_rowid()")) {
                    for (int i = 0; i < n; i++) {
                        a.setString(1, sentence(random, 4, 8) + "ですか");
                        a.setString(2, sentence(random, 20, 40));
                        a.setString(
                                3, WORDS[random.nextInt(WORDS.length)] + "\n" + WORDS[random.nextInt(WORDS.length)]);
                        a.executeUpdate();
                        v.executeUpdate();
                    }
                }
                return null;
            });
        }
        for (int from = 0; from < inquiries; from += batch) {
            int n = Math.min(batch, inquiries - from);
            ledger.write("admin", tx -> {
                try (PreparedStatement q = tx.connection()
                        .prepareStatement("INSERT INTO inquiry(received_at, channel, department, question, answer,"
                                + " status, recorded_by) VALUES ('2027-04-12T10:00:00', 'PHONE', '見本課', ?, ?,"
                                + " 'ANSWERED', 'admin')")) {
                    for (int i = 0; i < n; i++) {
                        q.setString(1, sentence(random, 8, 16));
                        q.setString(2, sentence(random, 10, 25));
                        q.executeUpdate();
                    }
                }
                return null;
            });
        }
        ledger.write("admin", tx -> {
            FaqRepository.rebuildSearch(tx.connection());
            InquiryRepository.rebuildDerived(tx.connection());
            return null;
        });
    }

    private static String sentence(Random random, int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(WORDS[random.nextInt(WORDS.length)]).append(GLUE[random.nextInt(GLUE.length)]);
        }
        return sb.toString();
    }

    private static double pct(double[] values, int p) {
        double[] s = values.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }
}
