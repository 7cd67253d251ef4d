package de.servicebot.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module lines of DESIGN.md, checked on the compiled production code of every module. */
class ArchitectureTest {

    private static final ImportOption NO_TEST_JARS = location -> !location.contains("-tests.jar");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(NO_TEST_JARS)
            .importPackages("de.servicebot");

    @Test
    void importsEveryModule() {
        for (String module : new String[] {"core", "adapter.postgres", "adapter.mail", "bot"}) {
            org.assertj.core.api.Assertions.assertThat(
                            PRODUCTION.stream().anyMatch(c -> c.getPackageName().startsWith("de.servicebot." + module)))
                    .as("classes of %s imported", module)
                    .isTrue();
        }
    }

    @Test
    void coreKnowsNoFrameworkNoChannelAndNoAdapter() {
        noClasses()
                .that()
                .resideInAPackage("de.servicebot.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "com.slack..",
                        "com.microsoft.bot..",
                        "com.fasterxml.jackson..",
                        "tools.jackson..",
                        "lombok..",
                        "jakarta.persistence..",
                        "de.servicebot.adapter..",
                        "de.servicebot.bot..")
                .check(PRODUCTION);
    }

    /** Hand-written SQL goes through one API, {@code NamedParameterJdbcOperations}; aggregates through Spring Data. */
    @Test
    void handWrittenSqlUsesOneApi() {
        noClasses()
                .that()
                .resideInAPackage("de.servicebot.adapter.postgres..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.JdbcOperations")
                .check(PRODUCTION);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        slices().matching("de.servicebot.adapter.(*)..")
                .should()
                .notDependOnEachOther()
                .check(PRODUCTION);
    }

    @Test
    void nothingDependsOnTheApplication() {
        noClasses()
                .that()
                .resideOutsideOfPackage("de.servicebot.bot..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("de.servicebot.bot..")
                .check(PRODUCTION);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("de.servicebot.(**)").should().beFreeOfCycles().check(PRODUCTION);
    }
}
