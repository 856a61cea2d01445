package org.shelfwise.system;

import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.shelfwise.driver.RunningSystem;

/**
 * The running system that the system test classes share, given to a {@code @BeforeAll} method's
 * {@link RunningSystem} parameter: started by the first class that asks, stopped when the test run ends.
 *
 * <p>A start takes minutes on a shared two-core machine, and every class here that shares it makes its own
 * patrons, books and copies, so one system serves them all. A class that kills, stops or reconfigures services
 * ({@code FaultsIT}, {@code FuzzIT}) starts its own. A start that failed is not tried again by the next class: it
 * would fail the same way, minutes later.
 */
final class SharedSystem implements ParameterResolver {

    private static final Map<String, String> ENVIRONMENT = Map.of(
            // every sign-in of a browser comes from the web module's one address, and every API sign-in from this JVM's
            "RATE_LIMIT_SIGN_IN_PER_SECOND", "20", "RATE_LIMIT_SIGN_IN_BURST", "100",
            // StaffScreensIT waits for an idle desk's session to end
            "STAFF_SESSION_IDLE_TIMEOUT", "60s");

    private static RunningSystem system;
    private static Exception failure;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return system(context);
    }

    private static synchronized RunningSystem system(ExtensionContext context) {
        if (failure == null && system == null) {
            try {
                // nine JVMs start at once; on a machine shared with other builds that has taken over three minutes
                system = RunningSystem.start(ENVIRONMENT, "--startup-timeout=600");
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(SharedSystem.class, system);
            } catch (Exception e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw new IllegalStateException("The shared system did not start", failure);
        }
        return system;
    }
}
