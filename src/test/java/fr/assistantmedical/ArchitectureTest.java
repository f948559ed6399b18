package fr.assistantmedical;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of ARCHITECTURE.md, checked on the compiled classes: no package cycle, pure cores, thin
 * resources. A failure names the classes and the dependency that breaks the rule.
 */
class ArchitectureTest {

    private static JavaClasses service;

    @BeforeAll
    static void importTheService() {
        service = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.assistantmedical");
    }

    @Test
    void noCycleBetweenPackages() {
        // Every package is its own slice, sub-packages included: api.model and api.model.contract
        // may not lean on each other both ways.
        slices().matching("fr.assistantmedical.(**)").should().beFreeOfCycles().check(service);
    }

    @Test
    void theRulesKnowOnlyJava() {
        classes().that().resideInAPackage("fr.assistantmedical.rules..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("fr.assistantmedical.rules..", "java..")
                .check(service);
    }

    @Test
    void theCoresHaveNoFramework() {
        noClasses().that().resideInAnyPackage("fr.assistantmedical.rules..", "fr.assistantmedical.contract.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "org.hibernate..",
                        "com.fasterxml..", "io.vertx..", "io.smallrye..", "org.eclipse.microprofile..")
                .check(service);
    }

    @Test
    void resourcesGoThroughServices() {
        noClasses().that().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .should().dependOnClassesThat().resideInAPackage("..persistence..")
                .orShould().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .check(service);
    }

    @Test
    void persistenceDoesNotCallUpwards() {
        noClasses().that().resideInAPackage("..persistence..")
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .check(service);
    }
}
