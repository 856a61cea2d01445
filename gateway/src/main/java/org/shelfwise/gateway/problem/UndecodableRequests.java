package org.shelfwise.gateway.problem;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/** Puts {@link DecodingFailures} into every HTTP/1.1 connection's pipeline, right after Netty's HTTP codec. */
@Component
class UndecodableRequests implements NettyServerCustomizer {

    private final JsonMapper json;

    UndecodableRequests(JsonMapper json) {
        this.json = json;
    }

    @Override
    public HttpServer apply(HttpServer server) {
        // reactor Netty calls this after it has set up its own handlers, so the codec is there to follow
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "shelfwise.decodingFailures",
                        new DecodingFailures(json));
            }
        });
    }
}
