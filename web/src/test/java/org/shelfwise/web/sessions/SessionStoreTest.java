package org.shelfwise.web.sessions;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class SessionStoreTest {

    @Test
    void keepsSessionsInTheDatabaseAndNeverTouchesRedisWithoutARedisUrl() {
        var environment = new MockEnvironment().withProperty("spring.data.redis.url", "");
        new SessionStore().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.autoconfigure.exclude")).contains(SessionStore.REDIS)
                .doesNotContain("JdbcSessionAutoConfiguration");
    }

    @Test
    void keepsSessionsInRedisAndNeedsNoDatabaseWithARedisUrl() {
        var environment = new MockEnvironment().withProperty("spring.data.redis.url", "redis://cache:6379")
                .withProperty("spring.autoconfigure.exclude", "com.example.Other");
        new SessionStore().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.autoconfigure.exclude")).contains("com.example.Other")
                .contains(SessionStore.DATABASE).doesNotContain("SessionDataRedisAutoConfiguration");
    }
}
