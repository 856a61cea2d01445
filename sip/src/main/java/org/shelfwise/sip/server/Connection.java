package org.shelfwise.sip.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.Charset;
import java.util.Optional;

import org.shelfwise.sip.kiosk.Kiosk;
import org.shelfwise.sip.kiosk.Session;
import org.shelfwise.sip.protocol.Command;
import org.shelfwise.sip.protocol.MessageParser;
import org.shelfwise.sip.protocol.Parsed;
import org.shelfwise.sip.protocol.Response;

/**
 * One kiosk's connection: reads messages ended by a carriage return (a line feed after it is skipped), answers
 * each in turn, and survives whatever it is sent. A garbled or unknown message is asked for again (96); a
 * malformed one gets its command's refusal; a resend request (97) gets the last response again, byte for byte.
 */
final class Connection {

    /** Longer than any message a kiosk sends; a line past it is garbage, not a message. */
    private static final int MAX_MESSAGE = 16 * 1024;
    /** What {@link #next} reads for a line past {@link #MAX_MESSAGE}: it is dropped and asked for again. */
    private static final byte[] TOO_LONG = new byte[0];

    private final Socket socket;
    private final MessageParser parser;
    private final Kiosk kiosk;
    private final Charset charset;
    private final Session session = new Session();

    Connection(Socket socket, MessageParser parser, Kiosk kiosk, Charset charset) {
        this.socket = socket;
        this.parser = parser;
        this.kiosk = kiosk;
        this.charset = charset;
    }

    void serve() throws IOException {
        InputStream in = new BufferedInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream();
        byte[] raw;
        while ((raw = next(in)) != null) {
            if (raw.length == 0 && raw != TOO_LONG) {
                continue;
            }
            byte[] answer;
            try {
                answer = raw == TOO_LONG ? resendPlease(false) : answer(raw);
            } catch (RuntimeException unexpected) {
                // whatever went wrong with this message, the connection survives: the kiosk may send it again
                answer = resendPlease(false);
            }
            out.write(answer);
            out.write('\r');
            out.flush();
        }
    }

    private byte[] answer(byte[] raw) {
        Parsed parsed = parser.parse(raw);
        return switch (parsed) {
            case Parsed.Garbled garbled -> resendPlease(true);
            case Parsed.Unknown unknown -> resendPlease(false);
            case Parsed.Malformed malformed -> kept(kiosk.refusal(malformed.command(), malformed.reason())
                    .encode(charset, malformed.checked() || malformed.sequence().isPresent(), malformed.sequence()));
            case Parsed.Ok ok when ok.command() == Command.REQUEST_ACS_RESEND ->
                    session.lastResponse().orElseGet(() -> resendPlease(ok.message().checked()));
            case Parsed.Ok ok -> {
                var message = ok.message();
                Response response = kiosk.answer(ok.command(), message, session, raw);
                yield kept(response.encode(charset, message.checked() || message.sequence().isPresent(),
                        message.sequence()));
            }
        };
    }

    /** 96, the request to send the last message again; it is not what a 97 resends. */
    private byte[] resendPlease(boolean checked) {
        return Response.of("96").encode(charset, checked, Optional.empty());
    }

    private byte[] kept(byte[] response) {
        session.sent(response);
        return response;
    }

    /** The next message without its terminator; null at the end of the stream. */
    private static byte[] next(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        boolean tooLong = false;
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\r') {
                return tooLong ? TOO_LONG : line.toByteArray();
            }
            if (b == '\n' && line.size() == 0) {
                continue;
            }
            if (line.size() >= MAX_MESSAGE) {
                tooLong = true;
            } else {
                line.write(b);
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }
}
