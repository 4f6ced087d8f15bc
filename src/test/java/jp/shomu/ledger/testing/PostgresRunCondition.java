package jp.shomu.ledger.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides, once per run, whether the PostgreSQL run can happen (registered for every test through
 * META-INF/services; it does nothing in the ordinary run). Without a server the tests are skipped with one line
 * saying so — unless {@code -Dshomu.test.requirePostgres=true} (.ci/run), where no server is a failure. At the end
 * it prints how many tests ran on PostgreSQL.
 */
public final class PostgresRunCondition implements ExecutionCondition {
    private static final AtomicInteger RAN = new AtomicInteger();
    private static volatile Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestBackend.onServer()) {
            return ConditionEvaluationResult.enabled("SQLite の実行");
        }
        // -Dtest=… on the command line overrides the run's includes: only store and service tests belong to it
        String pkg = context.getRequiredTestClass().getPackageName();
        if (!pkg.startsWith("jp.shomu.ledger.store") && !pkg.startsWith("jp.shomu.ledger.service")) {
            return ConditionEvaluationResult.disabled("PostgreSQL の実行は store・service のテストだけです");
        }
        if (!serverAnswers()) {
            if (Boolean.getBoolean("shomu.test.requirePostgres")) {
                throw new IllegalStateException("PostgreSQL (" + TestBackend.HOST + ":" + TestBackend.PORT
                        + ") に接続できません。CI では PostgreSQL でのテストが必須です。");
            }
            return ConditionEvaluationResult.disabled("PostgreSQL がないため飛ばしました");
        }
        if (context.getTestMethod().isPresent()) {
            RAN.incrementAndGet();
        }
        return ConditionEvaluationResult.enabled("PostgreSQL の実行");
    }

    private static synchronized boolean serverAnswers() {
        if (reachable == null) {
            try (Connection c = TestBackend.admin()) {
                reachable = c.isValid(5);
            } catch (SQLException e) {
                reachable = false;
            }
            if (reachable) {
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(() -> System.out.println(
                                "[PostgreSQL] store・service のテストを PostgreSQL で " + RAN.get() + " 件実行しました")));
            } else {
                System.out.println("[PostgreSQL] " + TestBackend.HOST + ":" + TestBackend.PORT
                        + " に PostgreSQL がないため、PostgreSQL での store・service のテストを飛ばします(SQLite では実行済み)");
            }
        }
        return reachable;
    }
}
