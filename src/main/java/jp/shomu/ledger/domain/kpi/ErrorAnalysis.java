package jp.shomu.ledger.domain.kpi;

import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.catalog.ErrorCategory;

/**
 * The month's errors: error categories × task types for send-backs and for errors found after completion, and
 * send-backs per operator (the work's maker). Operators are named only when the reader may see names.
 */
public record ErrorAnalysis(
        List<ErrorCategory> categories, List<TypeRow> types, List<OperatorRow> operators, boolean namesShown) {
    public ErrorAnalysis {
        categories = List.copyOf(categories);
        types = List.copyOf(types);
        operators = List.copyOf(operators);
    }

    /** Category counts of one task type; a review with two categories counts once in each. */
    public record TypeRow(
            String typeCode, String typeName, Map<String, Long> sendBacks, Map<String, Long> afterCompletion) {
        public long sendBacks(String category) {
            return sendBacks.getOrDefault(category, 0L);
        }

        public long afterCompletion(String category) {
            return afterCompletion.getOrDefault(category, 0L);
        }
    }

    /** One maker's double checks this month: how many were checked and how many sent back. */
    public record OperatorRow(String label, long checked, long sentBack) {}

    /** Nothing to analyse: no send-backs and no errors after completion this month. */
    public boolean isEmpty() {
        return types.isEmpty() && operators.stream().allMatch(o -> o.sentBack() == 0);
    }
}
