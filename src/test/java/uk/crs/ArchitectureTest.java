package uk.crs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package graph of DESIGN.md section 4, checked on every build. */
@AnalyzeClasses(packages = "uk.crs", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("uk.crs.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule nothingDependsOnTheAdapters = noClasses()
            .that()
            .resideOutsideOfPackages("uk.crs.web..", "uk.crs.cli..", "uk.crs")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("uk.crs.web..", "uk.crs.cli..");

    @ArchTest
    static final ArchRule analyticsStandsAlone = noClasses()
            .that()
            .resideInAPackage("uk.crs.analytics..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "uk.crs.cases..",
                    "uk.crs.audit..",
                    "uk.crs.decision..",
                    "uk.crs.web..",
                    "uk.crs.policy..",
                    "uk.crs.scrutiny..");

    @ArchTest
    static final ArchRule onlyTheAdaptersReadTheEnvironmentOrStandardStreams = noClasses()
            .that()
            .resideOutsideOfPackages("uk.crs.web..", "uk.crs.cli..", "uk.crs")
            .should()
            .callMethod(System.class, "getenv")
            .orShould()
            .callMethod(System.class, "getenv", String.class)
            .orShould()
            .accessField(System.class, "out");

    /** The policy model stays free of frameworks; file formats are read in {@code uk.crs.policy.internal}. */
    @ArchTest
    static final ArchRule thePolicyModelDependsOnlyOnTheJdkAndJSpecify = classes()
            .that()
            .resideInAPackage("uk.crs.policy")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.jspecify..", "uk.crs.policy..", "uk.crs.forces..");

    /** The case workflow takes its time from the Clock bean, so that tests and replays control it. */
    @ArchTest
    static final ArchRule theCaseWorkflowNeverReadsTheSystemClock = noClasses()
            .that()
            .resideInAPackage("uk.crs.cases..")
            .should()
            .callMethod(java.time.Instant.class, "now")
            .orShould()
            .callMethod(java.time.LocalDate.class, "now")
            .orShould()
            .callMethod(java.time.Clock.class, "systemUTC")
            .orShould()
            .callMethod(java.time.Clock.class, "systemDefaultZone");

    /** Only the case workflow touches the case store's case tables; adapters go through its service. */
    @ArchTest
    static final ArchRule onlyTheWorkflowUsesTheCaseRepository = classes()
            .that()
            .haveSimpleName("Cases")
            .and()
            .resideInAPackage("uk.crs.cases.internal")
            .should()
            .onlyBeAccessed()
            .byClassesThat()
            .resideInAnyPackage("uk.crs.cases..");

    /** The engine is pure Java: JSON lives in {@code uk.crs.decision.internal}, policy files in the policy package. */
    @ArchTest
    static final ArchRule theDecisionEngineDependsOnlyOnTheJdkJSpecifyAndPolicy = classes()
            .that()
            .resideInAnyPackage("uk.crs.decision", "uk.crs.decision.rules")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.jspecify..", "uk.crs.policy..", "uk.crs.decision..", "uk.crs.forces..");

    @ArchTest
    static final ArchRule theAuditLogDependsOnNothingElseInCrs = noClasses()
            .that()
            .resideInAPackage("uk.crs.audit..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "uk.crs.cases..",
                    "uk.crs.users..",
                    "uk.crs.decision..",
                    "uk.crs.policy..",
                    "uk.crs.store..",
                    "uk.crs.scrutiny..",
                    "uk.crs.analytics..");

    /** Accounts use the policy's Rank and append their changes to the audit log. */
    @ArchTest
    static final ArchRule usersDependOnlyOnThePolicysRank = noClasses()
            .that()
            .resideInAPackage("uk.crs.users..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "uk.crs.cases..", "uk.crs.decision..", "uk.crs.store..", "uk.crs.scrutiny..", "uk.crs.analytics..");

    /** The pages reach the case use cases and the audit log through one class, as README's module map says. */
    @ArchTest
    static final ArchRule thePagesReachTheCaseUseCasesOnlyThroughCaseWork = noClasses()
            .that()
            .resideInAPackage("uk.crs.web.pages")
            .and()
            .doNotHaveSimpleName("CaseWork")
            .should()
            .accessClassesThat()
            .haveFullyQualifiedName("uk.crs.cases.CaseHandling")
            .orShould()
            .accessClassesThat()
            .haveFullyQualifiedName("uk.crs.audit.AuditLog");
}
