package dev.switchboard.sip;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering the package-info files promise, kept by tests (house style rule 13). */
class SipArchitectureTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.switchboard.sip");

  @Test
  void theCodecDependsOnNothingAboveIt() {
    noClasses().that().resideInAPackage("..sip.message..").should().dependOnClassesThat()
        .resideInAnyPackage("..sip.transport..", "..sip.transaction..", "..sip.dialog..", "..sip.auth..",
            "..sip.time..").check(MAIN);
  }

  @Test
  void transportsKnowNoTransactionsDialogsOrAuth() {
    noClasses().that().resideInAPackage("..sip.transport..").should().dependOnClassesThat()
        .resideInAnyPackage("..sip.transaction..", "..sip.dialog..", "..sip.auth..").check(MAIN);
  }

  @Test
  void transactionsUseOnlyTheTransportApi() {
    noClasses().that().resideInAPackage("..sip.transaction..").should().dependOnClassesThat()
        .haveSimpleNameEndingWith("SipTransport").orShould().dependOnClassesThat()
        .resideInAnyPackage("..sip.dialog..", "..sip.auth..").check(MAIN);
  }

  @Test
  void theRegistrarKnowsNoDialogsNorSockets() {
    noClasses().that().resideInAPackage("..sip.registrar..").should().dependOnClassesThat()
        .resideInAnyPackage("..sip.dialog..").orShould().dependOnClassesThat()
        .haveSimpleNameEndingWith("SipTransport").orShould().dependOnClassesThat()
        .resideInAnyPackage("java.net..", "javax.net..").check(MAIN);
  }

  @Test
  void authAndDialogsOpenNoSockets() {
    noClasses().that().resideInAnyPackage("..sip.auth..", "..sip.dialog..", "..sip.transaction..", "..sip.registrar..",
        "..sip.message..").should().dependOnClassesThat().resideInAnyPackage("java.net..", "javax.net..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.InetSocketAddress").check(
            new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.switchboard.sip.auth", "dev.switchboard.sip.dialog",
                    "dev.switchboard.sip.message", "dev.switchboard.sip.registrar"));
  }

  @Test
  void theStackStaysOutOfTheCoreAndKeepsTimeAsAPort() {
    noClasses().should().dependOnClassesThat().resideInAPackage("dev.switchboard.core..").check(MAIN);
    noClasses().should().callMethod(Thread.class, "sleep", long.class).check(MAIN);
    noClasses().should().accessField(System.class, "out").check(MAIN);
    noClasses().that().doNotHaveSimpleName("ExecutorSipScheduler").should()
        .callMethod(System.class, "currentTimeMillis").check(MAIN);
  }
}
