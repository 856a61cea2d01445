package org.shelfwise.patrons;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Records every password check the service makes, with the real encoder doing the work: which hash each password
 * given was checked against. Lets a test see that an unknown username costs a hash check like a known one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CountingPasswords {

    /** One check: the password given, and the stored hash it was compared with. */
    public record Check(String password, String hash) {
    }

    private static final Queue<Check> checks = new ConcurrentLinkedQueue<>();

    /** The checks made of this password, oldest first. */
    public static List<Check> of(String password) {
        return checks.stream().filter(check -> check.password().equals(password)).toList();
    }

    @Bean
    static BeanPostProcessor countPasswordChecks() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof PasswordEncoder encoder ? counting(encoder) : bean;
            }
        };
    }

    private static PasswordEncoder counting(PasswordEncoder encoder) {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                checks.add(new Check(raw.toString(), encoded));
                return encoder.matches(raw, encoded);
            }

            @Override
            public boolean upgradeEncoding(String encoded) {
                return encoder.upgradeEncoding(encoded);
            }
        };
    }
}
