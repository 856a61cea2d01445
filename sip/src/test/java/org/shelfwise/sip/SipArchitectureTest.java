package org.shelfwise.sip;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "org.shelfwise.sip", importOptions = ImportOption.DoNotIncludeTests.class)
class SipArchitectureTest {

    /** A thin adapter: it reaches the library through the gateway's public API, never another service's code. */
    @ArchTest
    static final ArchRule usesNoOtherServicesCode = noClasses().that().resideInAPackage("org.shelfwise.sip..")
            .should().dependOnClassesThat().resideInAnyPackage("org.shelfwise.catalog..", "org.shelfwise.patrons..",
                    "org.shelfwise.circulation..", "org.shelfwise.gateway..", "org.shelfwise.web..");

    /** The protocol (parser, checksum, responses) knows nothing of kiosks, the library or the server. */
    @ArchTest
    static final ArchRule theProtocolStandsAlone = noClasses().that().resideInAPackage("org.shelfwise.sip.protocol..")
            .should().dependOnClassesThat().resideInAnyPackage("org.shelfwise.sip.kiosk..",
                    "org.shelfwise.sip.library..", "org.shelfwise.sip.server..", "org.shelfwise.sip.terminals..");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.shelfwise.sip.(*)..").should().beFreeOfCycles();
}
