package org.memolens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of STYLE.md, checked on the compiled main classes. The core (everything but
 * ui) must run without JavaFX, so the CLI, the tests and a distributed job never load it.
 */
@AnalyzeClasses(packages = "org.memolens", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule javafxOnlyInUi = noClasses().that().resideOutsideOfPackage("org.memolens.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
            .as("JavaFX and ControlsFX are used only in org.memolens.ui");

    @ArchTest
    static final ArchRule sqlOnlyInStore = noClasses().that().resideOutsideOfPackage("org.memolens.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
            .as("SQL is used only in org.memolens.store");

    @ArchTest
    static final ArchRule openNlpOnlyInNlp = noClasses().that().resideOutsideOfPackage("org.memolens.nlp..")
            .should().dependOnClassesThat().resideInAnyPackage("opennlp..")
            .as("OpenNLP is used only in org.memolens.nlp");

    @ArchTest
    static final ArchRule consoleOnlyInCli = noClasses().that().resideOutsideOfPackage("org.memolens.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .as("only the CLI writes to the console");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.memolens.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Launcher").definedBy("org.memolens")
            .layer("Domain").definedBy("org.memolens.domain..")
            .layer("Nlp").definedBy("org.memolens.nlp..")
            .layer("Ingest").definedBy("org.memolens.ingest..")
            .layer("Store").definedBy("org.memolens.store..")
            .optionalLayer("Research").definedBy("org.memolens.research..")
            .layer("Export").definedBy("org.memolens.export..")
            .layer("App").definedBy("org.memolens.app..")
            .layer("Ui").definedBy("org.memolens.ui..")
            .layer("Cli").definedBy("org.memolens.cli..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Ui", "Cli", "Launcher")
            .whereLayer("Nlp").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Ingest").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Research").mayOnlyBeAccessedByLayers("App", "Export", "Cli", "Ui")
            .whereLayer("Export").mayOnlyBeAccessedByLayers("App", "Cli", "Ui");

    @ArchTest
    static final ArchRule domainDependsOnJdkOnly = noClasses().that().resideInAPackage("org.memolens.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.memolens.domain..", "java..")
            .as("the domain depends on the JDK only");
}
