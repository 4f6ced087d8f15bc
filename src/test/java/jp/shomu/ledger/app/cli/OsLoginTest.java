package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Who acts is asked of the operating system, so nobody becomes someone else by setting -Duser.name. */
class OsLoginTest {
    @Test
    void theUserNamePropertyDoesNotChangeWhoActs() {
        String real = OsLogin.current();
        String before = System.getProperty("user.name");
        System.setProperty("user.name", "mallory-" + real);
        try {
            assertEquals(real, OsLogin.current());
            assertFalse(Cli.standard().env().login().startsWith("mallory"));
        } finally {
            System.setProperty("user.name", before);
        }
    }
}
