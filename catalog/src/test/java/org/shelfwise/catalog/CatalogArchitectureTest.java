package org.shelfwise.catalog;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "org.shelfwise.catalog", importOptions = ImportOption.DoNotIncludeTests.class)
class CatalogArchitectureTest {

    @ArchTest
    static final ArchRule usesNoOtherServicesCode = noClasses().that().resideInAPackage("org.shelfwise.catalog..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.shelfwise.patrons..", "org.shelfwise.circulation..", "org.shelfwise.gateway..");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.shelfwise.catalog.(*)..").should().beFreeOfCycles();
}
