package jp.shomu.ledger.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing leaves the machine: every command-line flow runs in this JVM under the tripwire and no network attempt is
 * recorded. The first test shows that the tripwire does catch one.
 */
class NoNetworkTest {
    @TempDir
    Path dir;

    @Test
    void theTripwireCatchesAnAttempt() {
        List<String> attempts = NetworkTripwire.watch(() -> {
            try (java.net.Socket s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress("192.0.2.1", 80), 50);
            } catch (Exception expected) {
                // refused, as it should be
            }
            try {
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://192.0.2.1/"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
            } catch (Exception expected) {
                // refused, as it should be
            }
            try {
                URI.create("https://192.0.2.1/update").toURL().openStream().close();
            } catch (Exception expected) {
                // refused, as it should be
            }
        });
        assertTrue(attempts.stream().anyMatch(a -> a.contains("socket created")), attempts.toString());
        assertTrue(attempts.stream().anyMatch(a -> a.contains("http://192.0.2.1")), attempts.toString());
        assertTrue(attempts.stream().anyMatch(a -> a.contains("https://192.0.2.1/update")), attempts.toString());
    }

    @Test
    void everyCommandLineFlowRunsWithoutANetworkAttempt() {
        int[] steps = new int[1];
        List<String> attempts = NetworkTripwire.watch(() -> steps[0] = NetworkFreeFlow.run(dir));
        assertEquals(List.of(), attempts);
        assertTrue(steps[0] > 40, "the flow ran " + steps[0] + " commands");
        assertFalse(dir.resolve("audit.xlsx").toFile().length() == 0);
    }
}
