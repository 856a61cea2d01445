package org.shelfwise.web.sessions;

import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.EmbeddedRedisServer;
import org.shelfwise.web.WebApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.data.redis.RedisSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** With REDIS_URL set, the staff sessions live in Redis, shared by every web instance, and no database is needed. */
class RedisSessionsIT {

    @Test
    void keepsStaffSessionsInRedisWhenARedisUrlIsSet() {
        try (var redis = EmbeddedRedisServer.start(0);
             var web = new SpringApplicationBuilder(WebApplication.class)
                     .properties("REDIS_URL=" + redis.url(), "server.port=0",
                             // no database at this address: the web module must not need one
                             "DATABASE_URL=jdbc:postgresql://127.0.0.1:1/none")
                     .run()) {
            var sessions = (SessionRepository<?>) web.getBean(SessionRepository.class);
            assertThat(sessions).isInstanceOf(RedisSessionRepository.class);

            assertThat(roundTrip(sessions)).isEqualTo("one");
        }
    }

    private static <S extends Session> String roundTrip(SessionRepository<S> sessions) {
        S session = sessions.createSession();
        session.setAttribute("desk", "one");
        sessions.save(session);
        return sessions.findById(session.getId()).getAttribute("desk");
    }
}
