package dev.switchboard.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Duration;

/** House rule 13: the core stays a pure, JDK-only, clock-free library. */
@AnalyzeClasses(packages = "dev.switchboard.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreImportsNoAdapterLibraries = noClasses()
            .that().resideInAPackage("dev.switchboard.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.javalin..", "org.eclipse.jetty..", "java.sql..", "java.net.http..", "com.fasterxml..")
            .as("switchboard-core imports nothing from Javalin, Jetty, JDBC, java.net.http or Jackson");

    @ArchTest
    static final ArchRule coreDoesNotPrint = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule coreDoesNotSleep = noClasses()
            .that().resideInAPackage("dev.switchboard.core..")
            .should().callMethod(Thread.class, "sleep", long.class)
            .orShould().callMethod(Thread.class, "sleep", long.class, int.class)
            .orShould().callMethod(Thread.class, "sleep", Duration.class)
            .as("time goes through the Clock/Scheduler ports, never Thread.sleep");
}
