package org.shelfwise.circulation;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "org.shelfwise.circulation", importOptions = ImportOption.DoNotIncludeTests.class)
class CirculationArchitectureTest {

    @ArchTest
    static final ArchRule usesNoOtherServicesCode = noClasses().that().resideInAPackage("org.shelfwise.circulation..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.shelfwise.catalog..", "org.shelfwise.patrons..", "org.shelfwise.gateway..");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.shelfwise.circulation.(*)..").should().beFreeOfCycles();
}
