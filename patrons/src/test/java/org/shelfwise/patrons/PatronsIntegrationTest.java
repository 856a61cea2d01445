package org.shelfwise.patrons;

import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole service on a random port against real PostgreSQL and Kafka (embedded unless configured); every
 * test class so annotated shares one application context and so one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "shelfwise.identity.admin-password=" + PatronsIntegrationTest.ADMIN_PASSWORD,
        "shelfwise.identity.lockout-after=5"})
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
@Import(CountingPasswords.class)
public @interface PatronsIntegrationTest {

    /** The bootstrap administrator's password in these tests. */
    String ADMIN_PASSWORD = "correct horse battery staple";
}
