package org.shelfwise.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.shelfwise.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class GatewayArchitectureTest {

    @ArchTest
    static final ArchRule talksToServicesOnlyOverHttp = noClasses()
            .that().resideInAPackage("org.shelfwise.gateway..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.shelfwise.catalog..", "org.shelfwise.patrons..", "org.shelfwise.circulation..");

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCircles = slices()
            .matching("org.shelfwise.gateway.(*)..")
            .should().beFreeOfCycles();
}
