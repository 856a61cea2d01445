package org.shelfwise.benchmarks.machine;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;

/**
 * What the benchmarks' measured clients send with: Apache HttpClient's blocking client, a kept-alive connection for
 * each client thread, never retrying on its own. It costs about half the CPU per request of the JDK's HttpClient,
 * which hands every exchange to its selector thread (0.35 against 0.72 ms for a book read, measured here): CPU the
 * load generator would otherwise take from the system it measures, on the same two cores.
 */
public final class LoadClient {

    private LoadClient() {
    }

    /** A client for {@code clients} threads at once, each request allowed 30 s. */
    public static CloseableHttpClient forClients(int clients) {
        return HttpClients.custom().disableAutomaticRetries()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(clients)
                        .setMaxConnPerRoute(clients).setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(5)).setSocketTimeout(Timeout.ofSeconds(30)).build())
                        .build())
                .build();
    }

    /**
     * Reads an answer's body to its end without keeping it, so that its connection can serve the next request;
     * the status. As a response handler: {@code client.execute(request, LoadClient::drain)}.
     */
    public static int drain(ClassicHttpResponse answer) throws IOException {
        EntityUtils.consume(answer.getEntity());
        return answer.getCode();
    }
}
