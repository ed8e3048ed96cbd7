package dev.switchboard.media.tts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** What package-info promises: audio only from media, no core or sockets, no sleeping or printing. */
class TtsArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.switchboard.media.tts");

    @Test
    void dependsOnlyOnMediaAudio() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.switchboard.core..", "dev.switchboard.server..",
                "dev.switchboard.sip..", "..media.rtp..", "..media.sdp..", "..media.mix..", "java.net..").check(MAIN);
    }

    @Test
    void sleepsAndPrintsNowhere() {
        noClasses().should().callMethod(Thread.class, "sleep", long.class).check(MAIN);
        noClasses().should().accessField(System.class, "out").check(MAIN);
    }
}
