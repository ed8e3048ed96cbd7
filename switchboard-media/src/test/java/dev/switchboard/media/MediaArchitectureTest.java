package dev.switchboard.media;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering the package-info files promise, kept by tests (house style rule 13). */
class MediaArchitectureTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.switchboard.media");

  @Test
  void sdpAndDtmfAreSocketFreeCodecs() {
    noClasses().that().resideInAnyPackage("..media.sdp..", "..media.dtmf..").should().dependOnClassesThat()
        .resideInAnyPackage("java.nio.channels..").orShould().dependOnClassesThat()
        .haveSimpleNameStartingWith("Datagram").orShould().dependOnClassesThat()
        .haveSimpleNameEndingWith("Socket").check(MAIN);
    noClasses().that().resideInAPackage("..media.dtmf..").should().dependOnClassesThat()
        .resideInAnyPackage("java.net..").check(MAIN);
  }

  @Test
  void codecAndAudioAreSocketFreeAndKnowNothingOfRtpSdpOrDtmf() {
    noClasses().that().resideInAnyPackage("..media.codec..", "..media.audio..").should().dependOnClassesThat()
        .resideInAnyPackage("java.net..", "java.nio.channels..").check(MAIN);
    noClasses().that().resideInAnyPackage("..media.codec..", "..media.audio..").should().dependOnClassesThat()
        .resideInAnyPackage("..media.rtp..", "..media.sdp..", "..media.dtmf..", "..media.mix..").check(MAIN);
    noClasses().that().resideInAPackage("..media.codec..").should().dependOnClassesThat()
        .resideInAPackage("..media.audio..").check(MAIN);
  }

  @Test
  void onlyMp3DecoderTouchesMp3spi() {
    noClasses().that().doNotHaveSimpleName("Mp3Decoder").should().dependOnClassesThat()
        .resideInAnyPackage("javazoom..", "org.tritonus..").check(MAIN);
  }

  @Test
  void theLegLayerIsOnTop() {
    noClasses().that().resideOutsideOfPackage("..media.leg..").should().dependOnClassesThat()
        .resideInAPackage("..media.leg..").check(MAIN);
  }

  @Test
  void packagesDependOnlyDownwards() {
    noClasses().that().resideInAPackage("..media.sdp..").should().dependOnClassesThat()
        .resideInAnyPackage("..media.rtp..", "..media.dtmf..").check(MAIN);
    noClasses().that().resideInAPackage("..media.rtp..").should().dependOnClassesThat()
        .resideInAnyPackage("..media.sdp..", "..media.dtmf..").check(MAIN);
    noClasses().that().resideInAPackage("..media.dtmf..").should().dependOnClassesThat()
        .resideInAPackage("..media.sdp..").check(MAIN);
  }

  @Test
  void theModuleStandsAloneAndSleepsNowhere() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.switchboard.core..", "dev.switchboard.sip..",
        "dev.switchboard.server..").check(MAIN);
    noClasses().should().callMethod(Thread.class, "sleep", long.class).check(MAIN);
    noClasses().should().accessField(System.class, "out").check(MAIN);
    noClasses().should().callMethod(System.class, "currentTimeMillis").check(MAIN);
  }
}
