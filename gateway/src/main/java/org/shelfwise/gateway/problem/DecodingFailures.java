package org.shelfwise.gateway.problem;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.DecoderResultProvider;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request that Netty could not decode (a request line over the limit: 414; headers over it: 431; a
 * malformed one: 400) with a problem detail, where Reactor Netty answers these itself with an empty body. Sits
 * right after the HTTP codec, before Reactor Netty's own handling; the connection is closed after the answer,
 * since what follows a request that could not be read cannot be trusted.
 */
final class DecodingFailures extends ChannelInboundHandlerAdapter {

    private final JsonMapper json;
    private boolean answered;

    DecodingFailures(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
        if (answered) {
            ReferenceCountUtil.release(message);
            return;
        }
        DecoderResult result = message instanceof DecoderResultProvider provider ? provider.decoderResult() : null;
        if (result == null || !result.isFailure()) {
            context.fireChannelRead(message);
            return;
        }
        ReferenceCountUtil.release(message);
        answered = true;
        HttpStatus status = statusFor(result.cause());
        byte[] body = json.writeValueAsBytes(ProblemExceptionHandler.members(Problems.of(status, detail(status))));
        var response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status.value()),
                Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        context.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    private static HttpStatus statusFor(Throwable cause) {
        if (cause instanceof TooLongHttpLineException) {
            return HttpStatus.URI_TOO_LONG;
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
        }
        return HttpStatus.BAD_REQUEST;
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case URI_TOO_LONG -> "The request line (method, path and query) is too long.";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request's headers are too large.";
            default -> "The request is not well-formed HTTP.";
        };
    }
}
