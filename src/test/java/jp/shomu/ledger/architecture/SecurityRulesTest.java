package jp.shomu.ledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.store.Tx;
import jp.shomu.ledger.store.settings.CatalogRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Security rules the build enforces (docs/SECURITY.md): the app's own code never opens a network connection and
 * keeps no log, its resources load nothing remote, and a new catalog version only comes from init or an approval.
 */
class SecurityRulesTest {
    private static final Pattern REMOTE = Pattern.compile("(?i)(https?|ftp)://|url\\(\\s*['\"]?//");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // the build may use its own folder (-Dbuild.dir), which ArchUnit's predefined option does not recognise
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("jp.shomu.ledger");
    }

    @Test
    void noClassOpensANetworkConnection() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.net.http..", "javax.net..", "java.rmi..", "javax.naming..", "javax.mail..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.net.Socket")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.net.ServerSocket")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.net.DatagramSocket")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.net.URLConnection")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.nio.channels.SocketChannel")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.nio.channels.ServerSocketChannel")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.nio.channels.DatagramChannel")
                .orShould()
                .callMethod(java.net.URL.class, "openConnection")
                .orShould()
                .callMethod(java.net.URL.class, "openStream")
                .because("nothing leaves the machine: no update check, telemetry or remote resource (docs/SECURITY.md)")
                .check(classes);
    }

    @Test
    void noClassWritesALog() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.util.logging..", "org.slf4j..", "org.apache.logging..", "org.apache.commons.logging..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.lang.System$Logger")
                .orShould()
                .callMethod(Throwable.class, "printStackTrace")
                .because("logs would hold names, employee numbers and field values; the app keeps none")
                .check(classes);
    }

    @Test
    void aCatalogVersionIsAddedOnlyByInitOrByAnApprovedChange() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("jp.shomu.ledger.service.settings.ChangePayloads")
                .and()
                .doNotHaveFullyQualifiedName("jp.shomu.ledger.service.workplace.NewLedger")
                .should()
                .callMethod(CatalogRepository.class, "addVersion", Tx.class, Catalog.class)
                .because("catalog and SLA changes need a second person's approval (ChangeService)")
                .check(classes);
    }

    @Test
    void noResourceLoadsAnythingRemote() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            List<String> remote = files.filter(Files::isRegularFile)
                    .filter(f -> {
                        try {
                            return REMOTE.matcher(Files.readString(f)).find();
                        } catch (IOException e) {
                            return true;
                        }
                    })
                    .map(Path::toString)
                    .toList();
            assertEquals(List.of(), remote, "no web font, style sheet, schema or image from the internet");
        }
    }
}
