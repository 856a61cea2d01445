package org.shelfwise.patrons;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "org.shelfwise.patrons", importOptions = ImportOption.DoNotIncludeTests.class)
class PatronsArchitectureTest {

    @ArchTest
    static final ArchRule doesNotDependOnOtherServices = noClasses()
            .that().resideInAPackage("org.shelfwise.patrons..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.shelfwise.catalog..", "org.shelfwise.circulation..", "org.shelfwise.gateway..")
            .because("services share nothing but events and the platform library");

    @ArchTest
    static final ArchRule persistsWithPlainSql = noClasses()
            .that().resideInAPackage("org.shelfwise.patrons..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
            .because("persistence is plain SQL through JdbcClient");

    @ArchTest
    static final ArchRule neverCallsTheBrokerFromBusinessCode = noClasses()
            .that().resideInAPackage("org.shelfwise.patrons..")
            .should().dependOnClassesThat().areAssignableTo(org.springframework.kafka.core.KafkaTemplate.class)
            .because("events leave through the transactional outbox");
}
