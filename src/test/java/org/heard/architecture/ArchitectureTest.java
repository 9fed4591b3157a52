package org.heard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.SessionScoped;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of Heard's shape (docs/development.md, "Code shape"), checked on the compiled code. */
class ArchitectureTest {

    private static JavaClasses heard;

    @BeforeAll
    static void importHeard() {
        heard = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.heard");
    }

    @Test
    @DisplayName("No package depends on itself through others")
    void noPackageCycles() {
        slices().matching("org.heard.(**)").should().beFreeOfCycles().check(heard);
    }

    @Test
    @DisplayName("The domain depends on no other layer")
    void domainStandsAlone() {
        noClasses()
                .that()
                .resideInAPackage("org.heard.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.heard.application..", "org.heard.infrastructure..", "org.heard.interfaces..")
                .check(heard);
    }

    @Test
    @DisplayName("The application layer depends on neither the web nor the infrastructure")
    void applicationBelowInterfaces() {
        noClasses()
                .that()
                .resideInAPackage("org.heard.application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.heard.interfaces..", "org.heard.infrastructure..")
                .check(heard);
    }

    @Test
    @DisplayName("Only the JPA repositories use an EntityManager")
    void entityManagerOnlyInJpa() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.heard.infrastructure.persistence.jpa..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .check(heard);
    }

    @Test
    @DisplayName("The signed-in person is the only session-scoped bean")
    void oneSessionScopedBean() {
        noClasses()
                .that()
                .doNotHaveSimpleName("SessionCaller")
                .should()
                .beAnnotatedWith(SessionScoped.class)
                .check(heard);
    }
}
