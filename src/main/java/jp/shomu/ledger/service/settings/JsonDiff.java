package jp.shomu.ledger.service.settings;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists what differs between two JSON documents, so the second person sees exactly what they approve. Arrays of
 * objects that carry a "code", "key", "id" or "metric" are matched by it (a task type, field or checklist item moved in the
 * list is not a change); other arrays by position.
 */
final class JsonDiff {
    private static final String[] IDENTITIES = {"code", "key", "id", "metric"};
    private static final int LONGEST_VALUE = 120;

    private JsonDiff() {}

    static List<ChangeDifference> between(JsonNode before, JsonNode after) {
        List<ChangeDifference> out = new ArrayList<>();
        walk("", before, after, out);
        return out;
    }

    private static void walk(String path, JsonNode a, JsonNode b, List<ChangeDifference> out) {
        if (a == null || b == null || a.getNodeType() != b.getNodeType() || a.isValueNode()) {
            if (a == null || !a.equals(b)) {
                out.add(new ChangeDifference(path.isEmpty() ? "$" : path, text(a), text(b)));
            }
            return;
        }
        if (a.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                walk(path.isEmpty() ? name : path + "." + name, a.get(name), b.get(name), out);
            }
            return;
        }
        Map<String, JsonNode> left = elements(a);
        Map<String, JsonNode> right = elements(b);
        Set<String> ids = new LinkedHashSet<>(left.keySet());
        ids.addAll(right.keySet());
        for (String id : ids) {
            walk(path + "[" + id + "]", left.get(id), right.get(id), out);
        }
    }

    private static Map<String, JsonNode> elements(JsonNode array) {
        String identity = identity(array);
        Map<String, JsonNode> m = new LinkedHashMap<>();
        Iterator<JsonNode> it = array.elements();
        for (int i = 0; it.hasNext(); i++) {
            JsonNode e = it.next();
            m.put(identity == null ? Integer.toString(i) : e.get(identity).asText(), e);
        }
        return m;
    }

    private static String identity(JsonNode array) {
        for (String id : IDENTITIES) {
            boolean all = array.size() > 0;
            for (JsonNode e : array) {
                all &= e.isObject() && e.hasNonNull(id) && e.get(id).isValueNode();
            }
            if (all) {
                return id;
            }
        }
        return null;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return "";
        }
        String s = n.isValueNode() ? n.asText() : n.toString();
        return s.length() <= LONGEST_VALUE ? s : s.substring(0, LONGEST_VALUE) + "…";
    }
}
