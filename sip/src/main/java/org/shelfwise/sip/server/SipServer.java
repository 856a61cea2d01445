package org.shelfwise.sip.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.shelfwise.sip.SipProperties;
import org.shelfwise.sip.kiosk.Kiosk;
import org.shelfwise.sip.protocol.MessageParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The SIP2 TCP server: listens where {@code SIP_ADDRESS} and {@code SIP_PORT} say, and serves each kiosk's
 * connection on a virtual thread of its own. Started with the application (before it reports ready), stopped
 * before the web server: open connections are closed, a message being answered is cut short.
 */
@Component
class SipServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SipServer.class);

    private final SipProperties.Server settings;
    private final Kiosk kiosk;
    private final MessageParser parser;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listening;

    SipServer(SipProperties properties, Kiosk kiosk) {
        this.settings = properties.server();
        this.kiosk = kiosk;
        this.parser = new MessageParser(settings.charset());
    }

    @Override
    public void start() {
        try {
            listening = Listener.open(settings);
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen for SIP2 on " + settings.address() + ":"
                    + settings.port(), e);
        }
        log.info("SIP2 listening on {}:{}{}", settings.address(), listening.getLocalPort(),
                settings.tls().enabled() ? " (TLS)" : "");
        Thread.ofVirtual().name("sip-accept").start(this::accept);
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket socket = listening.accept();
                if (open.size() >= settings.maxConnections()) {
                    log.warn("Refused a SIP2 connection from {}: {} are open", socket.getRemoteSocketAddress(),
                            open.size());
                    socket.close();
                    continue;
                }
                open.add(socket);
                Thread.ofVirtual().name("sip-" + socket.getRemoteSocketAddress()).start(() -> serve(socket));
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                log.warn("Could not accept a SIP2 connection: {}", e.toString());
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout((int) settings.idleTimeout().toMillis());
            new Connection(socket, parser, kiosk, settings.charset()).serve();
        } catch (IOException ended) {
            log.debug("SIP2 connection from {} ended: {}", socket.getRemoteSocketAddress(), ended.toString());
        } finally {
            open.remove(socket);
        }
    }

    /** The port it listens on (the one configured, or the one chosen when that was 0). */
    int port() {
        return listening.getLocalPort();
    }

    @Override
    public void stop() {
        try {
            if (listening != null) {
                listening.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    @Override
    public boolean isRunning() {
        return listening != null && !listening.isClosed();
    }
}
