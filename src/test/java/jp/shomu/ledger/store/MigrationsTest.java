package jp.shomu.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Schema scripts are split into statements without cutting a trigger's body apart. */
class MigrationsTest {
    @Test
    void aTriggerStaysOneStatement() {
        List<String> parts = Migrations.split("CREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n"
                + "  INSERT INTO b VALUES (1);\n  INSERT INTO b VALUES (2);\nEND;\nCREATE TABLE b (y);\n");
        assertEquals(3, parts.size());
        assertEquals(
                "CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n  INSERT INTO b VALUES (1);\n"
                        + "INSERT INTO b VALUES (2);\nEND",
                parts.get(1));
    }

    @Test
    void aTriggerWithoutEndIsRefused() {
        assertThrows(
                IllegalStateException.class,
                () -> Migrations.split("CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1;"));
    }
}
