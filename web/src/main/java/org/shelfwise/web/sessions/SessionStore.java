package org.shelfwise.web.sessions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Where the staff sessions are kept, chosen before auto-configuration runs: in Redis when {@code REDIS_URL} is set,
 * else in the web module's own PostgreSQL database. Both stores are on the class path; the one not chosen is left
 * out entirely, so a web instance without Redis never tries to reach one, and one with Redis needs no database.
 */
public class SessionStore implements EnvironmentPostProcessor {

    static final List<String> REDIS = List.of(
            "org.springframework.boot.session.data.redis.autoconfigure.SessionDataRedisAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration");

    static final List<String> DATABASE = List.of(
            "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration");

    private static final String EXCLUDE = "spring.autoconfigure.exclude";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String redis = environment.getProperty("spring.data.redis.url", environment.getProperty("REDIS_URL", ""));
        var excluded = new ArrayList<>(Binder.get(environment).bind(EXCLUDE, Bindable.listOf(String.class))
                .orElse(List.of()));
        (redis.isBlank() ? REDIS : DATABASE).stream().filter(name -> !excluded.contains(name)).forEach(excluded::add);
        environment.getPropertySources().addFirst(new MapPropertySource("shelfwise-session-store",
                Map.of(EXCLUDE, String.join(",", excluded))));
    }
}
