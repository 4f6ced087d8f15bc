package jp.shomu.ledger.domain.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an SLA item judges a month's figure, and how the figure is printed. */
class SlaItemTest {
    private static SlaItem item(SlaMetric m, String target) {
        return new SlaItem(m, null, new BigDecimal(target));
    }

    @Test
    void aRateJustShortOfItsTargetIsNotMetAndIsNotPrintedAsReachingIt() {
        SlaResult r = item(SlaMetric.ON_TIME_RATE, "100").evaluate(2499, 2500);
        assertEquals(SlaResult.Verdict.NOT_MET, r.verdict());
        assertEquals("99.9%(2499/2500件)", r.actualText());
    }

    @Test
    void aRateExactlyAtItsTargetIsMet() {
        assertEquals(
                SlaResult.Verdict.MET,
                item(SlaMetric.ACCURACY, "99").evaluate(99, 100).verdict());
        assertEquals(
                SlaResult.Verdict.NOT_MET,
                item(SlaMetric.ACCURACY, "99").evaluate(98, 99).verdict());
        assertEquals(
                SlaResult.Verdict.MET,
                item(SlaMetric.ACCURACY, "99.5").evaluate(199, 200).verdict());
    }

    @Test
    void aRateOverNoCasesHasNothingToJudge() {
        SlaResult r = item(SlaMetric.ON_TIME_RATE, "100").evaluate(0, 0);
        assertEquals(SlaResult.Verdict.NO_CASES, r.verdict());
        assertEquals("該当なし(0件)", r.actualText());
    }

    @Test
    void aCountIsMetAtOrBelowItsCeilingAndARateOfBadThingsToo() {
        assertEquals(
                SlaResult.Verdict.MET,
                item(SlaMetric.ERROR_COUNT, "0").evaluate(0, 0).verdict());
        assertEquals(
                SlaResult.Verdict.NOT_MET,
                item(SlaMetric.OVERDUE_COUNT, "2").evaluate(3, 0).verdict());
        assertEquals(
                SlaResult.Verdict.MET,
                item(SlaMetric.SEND_BACK_RATE, "10").evaluate(10, 100).verdict());
        assertEquals(
                SlaResult.Verdict.NOT_MET,
                item(SlaMetric.SEND_BACK_RATE, "10").evaluate(11, 100).verdict());
        assertEquals("10%以下", item(SlaMetric.SEND_BACK_RATE, "10.0").targetText());
    }

    @Test
    void targetsOutOfRangeAndRepeatedMetricsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> item(SlaMetric.ACCURACY, "101"));
        assertThrows(IllegalArgumentException.class, () -> item(SlaMetric.ERROR_COUNT, "1.5"));
        assertThrows(IllegalArgumentException.class, () -> item(SlaMetric.ERROR_COUNT, "-1"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SlaTargets(
                        1, null, null, "", List.of(item(SlaMetric.ACCURACY, "99"), item(SlaMetric.ACCURACY, "98"))));
    }

    @Test
    void theDefaultsAreTheFiveItemsOfTheProposal() {
        assertEquals(
                List.of("処理期限内処理率 100%以上", "処理正確性 99%以上", "ダブルチェック実施率 100%以上", "処理誤り件数 0件以下", "期限超過件数 0件以下"),
                SlaTargets.defaults().items().stream()
                        .map(i -> i.name() + " " + i.targetText())
                        .toList());
    }
}
