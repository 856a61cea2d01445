package org.shelfwise.sip.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

import org.shelfwise.sip.SipProperties;

/** The server socket: plain TCP, or TLS (1.2 and 1.3 only) with the configured key store, from the JDK alone. */
final class Listener {

    private Listener() {
    }

    static ServerSocket open(SipProperties.Server settings) throws IOException {
        var address = InetAddress.getByName(settings.address());
        if (!settings.tls().enabled()) {
            return new ServerSocket(settings.port(), 128, address);
        }
        var tls = settings.tls();
        char[] password = tls.keyStorePassword() == null ? new char[0] : tls.keyStorePassword().toCharArray();
        try (InputStream in = Files.newInputStream(Path.of(tls.keyStore()))) {
            var keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password);
            var managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, password);
            var context = SSLContext.getInstance("TLS");
            context.init(managers.getKeyManagers(), null, null);
            var socket = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(settings.port(), 128,
                    address);
            socket.setEnabledProtocols(new String[]{"TLSv1.3", "TLSv1.2"});
            return socket;
        } catch (GeneralSecurityException e) {
            throw new IOException("could not use the TLS key store " + tls.keyStore() + ": " + e.getMessage(), e);
        }
    }
}
