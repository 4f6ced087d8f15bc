package jp.shomu.ledger.service.inquiries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import jp.shomu.ledger.domain.inquiries.FaqVersion;

/**
 * A readable difference between two versions of an FAQ article: per field that changed, its lines as before
 * ("- ") and after ("+ "), unchanged lines of a long answer shown once ("  "), so a reviewer sees what they approve.
 */
public final class FaqDifference {
    private FaqDifference() {}

    /** The lines of the difference; empty when the words did not change (only the status, say). */
    public static List<String> between(FaqVersion before, FaqVersion after) {
        List<String> out = new ArrayList<>();
        field(out, "中区分", before == null ? "" : before.typeCode(), after.typeCode());
        field(out, "質問", before == null ? "" : before.question(), after.question());
        field(out, "回答", before == null ? "" : before.answer(), after.answer());
        field(
                out,
                "キーワード",
                before == null ? "" : String.join("\n", before.keywords()),
                String.join("\n", after.keywords()));
        field(out, "関連FAQ", before == null ? "" : ids(before.related()), ids(after.related()));
        field(out, "出典", before == null ? "" : before.source(), after.source());
        return out;
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static void field(List<String> out, String label, String a, String b) {
        if (Objects.equals(a, b)) {
            return;
        }
        out.add("【" + label + "】");
        List<String> x = a.isEmpty() ? List.of() : Arrays.asList(a.split("\n", -1));
        List<String> y = b.isEmpty() ? List.of() : Arrays.asList(b.split("\n", -1));
        // longest common subsequence of lines: a short answer is a few lines, so the table stays tiny
        int[][] lcs = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < x.size() || j < y.size()) {
            if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
                out.add("  " + x.get(i));
                i++;
                j++;
            } else if (i < x.size() && (j == y.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add("- " + x.get(i++));
            } else {
                out.add("+ " + y.get(j++));
            }
        }
    }
}
