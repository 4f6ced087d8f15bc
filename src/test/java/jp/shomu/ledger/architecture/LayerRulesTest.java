package jp.shomu.ledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of docs/ARCHITECTURE.md: arrows point down only, and the domain stays pure Java. */
class LayerRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.shomu.ledger");
    }

    @Test
    void layersOnlyPointDown() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("app")
                .definedBy("jp.shomu.ledger.app..")
                .layer("ui")
                .definedBy("jp.shomu.ledger.ui..")
                .layer("report")
                .definedBy("jp.shomu.ledger.report..")
                .layer("service")
                .definedBy("jp.shomu.ledger.service..")
                .layer("store")
                .definedBy("jp.shomu.ledger.store..")
                .layer("domain")
                .definedBy("jp.shomu.ledger.domain..")
                .whereLayer("app")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("ui")
                .mayOnlyBeAccessedByLayers("app")
                .whereLayer("report")
                .mayOnlyBeAccessedByLayers("ui", "app")
                .whereLayer("service")
                .mayOnlyBeAccessedByLayers("report", "ui", "app")
                .whereLayer("store")
                .mayOnlyBeAccessedByLayers("service", "report", "ui", "app")
                .check(classes);
    }

    @Test
    void domainImportsNoJavaFxJdbcPoiOrJson() {
        noClasses()
                .that()
                .resideInAPackage("jp.shomu.ledger.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "javafx..",
                        "java.sql..",
                        "javax.sql..",
                        "org.sqlite..",
                        "org.apache.poi..",
                        "com.fasterxml..",
                        "org.apache.commons.csv..",
                        "picocli..",
                        "org.controlsfx..")
                .check(classes);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses()
                .that()
                .resideOutsideOfPackages("jp.shomu.ledger.ui..", "jp.shomu.ledger.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void nothingPrintsToTheConsoleBehindTheCommandLine() {
        noClasses()
                .that()
                .resideOutsideOfPackage("jp.shomu.ledger.app..")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("jp.shomu.ledger.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void viewModelsHoldNoJavaFxNodes() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx.scene..")
                .check(classes);
    }

    @Test
    void theUiReachesTheLedgerOnlyThroughServices() {
        noClasses()
                .that()
                .resideInAPackage("jp.shomu.ledger.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jp.shomu.ledger.store..")
                .check(classes);
    }
}
