package org.shelfwise.gateway;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The running gateway in front of real HTTP stand-ins for every service: two catalog instances, one patrons, one
 * circulation. All integration tests share it, so the application starts once per build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "shelfwise.gateway.summary.timeout=1s")
@AutoConfigureWebTestClient(timeout = "30s")
public abstract class GatewayWithStubServices {

    protected static final StubService catalogA = StubService.start("catalog-a");
    protected static final StubService catalogB = StubService.start("catalog-b");
    protected static final StubService patrons = StubService.start("patrons");
    protected static final StubService circulation = StubService.start("circulation");

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        // the same property names the local launcher passes on the command line
        String instances = "spring.cloud.discovery.client.simple.instances.";
        registry.add(instances + "catalog[0].uri", catalogA::uri);
        registry.add(instances + "catalog[1].uri", catalogB::uri);
        registry.add(instances + "patrons[0].uri", patrons::uri);
        registry.add(instances + "circulation[0].uri", circulation::uri);
    }

    @Autowired
    protected WebTestClient gateway;
}
