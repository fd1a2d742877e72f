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
            .resideInAnyPackage("java..", "org.jspecify..", "uk.crs.policy..");
}
