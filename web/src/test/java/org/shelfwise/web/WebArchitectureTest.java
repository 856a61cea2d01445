package org.shelfwise.web;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The web module is a client of the public API: it keeps sessions only, and reads no database itself. */
@AnalyzeClasses(packages = "org.shelfwise.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

    @ArchTest
    static final ArchRule readsNoDatabase = noClasses().that().resideInAPackage("org.shelfwise.web..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..")
            .because("library data comes from the gateway's API; the database holds Spring Session's sessions only");

    @ArchTest
    static final ArchRule callsTheApiOnlyThroughApi = noClasses().that().resideInAPackage("org.shelfwise.web..")
            .and().resideOutsideOfPackage("org.shelfwise.web.api..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.web.client.RestClient")
            .because("every call to the gateway goes through Api, with its timeouts and its problem details");
}
