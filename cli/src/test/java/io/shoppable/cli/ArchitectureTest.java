package io.shoppable.cli;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callConstructor;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callMethod;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JODATIME;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture, stated as rules over the bytecode of every module (docs/architecture.md). Package
 * names live in constants: a misspelt target package would make a rule pass vacuously.
 */
@AnalyzeClasses(packages = "io.shoppable",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestKit.class})
class ArchitectureTest {

    static final String DOMAIN = "io.shoppable.domain..";
    static final String ENGINE = "io.shoppable.recommendation..";
    static final String PERSISTENCE = "io.shoppable.persistence..";
    static final String HTTP = "io.shoppable.http..";
    static final String CLI = "io.shoppable.cli..";

    @ArchTest
    static final ArchRule the_core_uses_only_the_jdk =
            classes().that().resideInAnyPackage(DOMAIN, ENGINE)
                    .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, ENGINE)
                    .because("the core is embedded in other JVM services and must carry no framework");

    @ArchTest
    static final ArchRule the_domain_does_not_know_the_engine =
            noClasses().that().resideInAPackage(DOMAIN)
                    .should().dependOnClassesThat().resideInAPackage(ENGINE)
                    .because("the engine depends on the domain, never the reverse");

    @ArchTest
    static final ArchRule modules_point_inward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("domain").definedBy(DOMAIN)
            .layer("engine").definedBy(ENGINE)
            .layer("persistence").definedBy(PERSISTENCE)
            .layer("http").definedBy(HTTP)
            .layer("cli").definedBy(CLI)
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("http").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("persistence").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("engine").mayOnlyBeAccessedByLayers("persistence", "http", "cli")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("engine", "persistence", "http", "cli")
            .ensureAllClassesAreContainedInArchitecture()
            .because("adapters never know each other and only the cli wires them together");

    @ArchTest
    static final ArchRule sql_stays_in_the_persistence_adapter =
            noClasses().that().resideOutsideOfPackages(PERSISTENCE, CLI)
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "java.sql..", "javax.sql..", "org.jdbi..", "com.zaxxer..", "liquibase..",
                            "org.postgresql..", "io.zonky..")
                    .because("SQL lives in one adapter and no SQLException escapes it");

    @ArchTest
    static final ArchRule http_stays_in_the_http_adapter =
            noClasses().that().resideOutsideOfPackages(HTTP, CLI)
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "io.javalin..", "com.fasterxml.jackson..", "com.auth0..", "org.eclipse.jetty..")
                    .because("HTTP and JSON live in one adapter");

    @ArchTest
    static final ArchRule picocli_stays_in_the_cli =
            noClasses().that().resideOutsideOfPackage(CLI)
                    .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule concept_packages_have_no_cycles =
            slices().matching("io.shoppable.(*).(*)..").namingSlices("$2 in $1").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_core_never_reads_the_clock_or_global_randomness =
            noClasses().that().resideInAnyPackage(DOMAIN, ENGINE)
                    .should(callMethod(Instant.class, "now")
                            .or(callMethod(LocalDateTime.class, "now"))
                            .or(callMethod(LocalDate.class, "now"))
                            .or(callMethod(OffsetDateTime.class, "now"))
                            .or(callMethod(ZonedDateTime.class, "now"))
                            .or(callMethod(Clock.class, "systemUTC"))
                            .or(callMethod(Clock.class, "systemDefaultZone"))
                            .or(callMethod(System.class, "currentTimeMillis"))
                            .or(callMethod(UUID.class, "randomUUID"))
                            .or(callMethod(Math.class, "random"))
                            .or(callMethod(ThreadLocalRandom.class, "current"))
                            .or(callConstructor(Random.class)))
                    .because("time and randomness are inputs (Clock, seed), so feeds are reproducible");

    @ArchTest
    static final ArchRule ids_in_the_core_are_records =
            classes().that().resideInAnyPackage(DOMAIN, ENGINE).and().haveSimpleNameEndingWith("Id")
                    .should().beRecords();

    @ArchTest
    static final ArchRule repositories_in_the_core_are_interfaces =
            classes().that().resideInAnyPackage(DOMAIN, ENGINE).and().haveSimpleNameEndingWith("Repository")
                    .should().beInterfaces();

    @ArchTest
    static final ArchRule jdbi_classes_implement_core_ports =
            classes().that().resideInAPackage(PERSISTENCE).and().haveSimpleNameStartingWith("Jdbi")
                    .and().areTopLevelClasses()
                    .should().implement(JavaClass.Predicates.INTERFACES.and(resideInAnyPackage(DOMAIN, ENGINE)))
                    .because("an adapter exists to implement a port");

    @ArchTest
    static final ArchRule domain_exceptions_live_in_shared =
            classes().that().areAssignableTo(io.shoppable.domain.shared.DomainException.class)
                    .should().resideInAPackage("io.shoppable.domain.shared")
                    .because("there is one small family of errors, mapped once");

    @ArchTest
    static final ArchRule only_the_cli_uses_standard_streams =
            noClasses().that().resideOutsideOfPackage(CLI)
                    .should().accessField(System.class, "out")
                    .orShould().accessField(System.class, "err")
                    .because("libraries log; only the command line talks to the terminal");

    @ArchTest
    static final ArchRule no_generic_exceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule no_java_util_logging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule no_joda_time = NO_CLASSES_SHOULD_USE_JODATIME;

    @ArchTest
    static final ArchRule no_legacy_date_types =
            noClasses().should().dependOnClassesThat().belongToAnyOf(Date.class, Calendar.class,
                    java.sql.Timestamp.class, java.sql.Date.class)
                    .because("time is java.time: Instant and OffsetDateTime");

    /**
     * Test-jars (the domain's fakes and contracts, the persistence module's TestDatabase) arrive as jars,
     * which {@link ImportOption.DoNotIncludeTests} does not recognise; they are not production code.
     */
    static final class NoTestKit implements ImportOption {
        @Override
        public boolean includes(Location location) {
            var uri = location.asURI().toString();
            return !uri.contains("/io/shoppable/testing/") && !uri.contains("-tests.jar!");
        }
    }
}
