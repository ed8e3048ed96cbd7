package dev.switchboard.core.webhook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rule in this package's package-info (and geo's), as a test: JDK only, no I/O. */
class WebhookPackageRulesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.switchboard.core.webhook", "dev.switchboard.core.geo");

    @Test
    void dependsOnlyOnTheJdkAndCore() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java.lang..", "java.util..", "java.math..", "java.time..", "java.nio.charset..",
                        "java.security..", "java.net..", "javax.crypto..", "java.io..", "dev.switchboard.core..")
                .check(CLASSES);
    }

    @Test
    void doesNoIoAndReadsNoClock() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.net.http..", "java.nio.channels..", "java.nio.file..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Instant.class, "now")
                .check(CLASSES);
    }
}
