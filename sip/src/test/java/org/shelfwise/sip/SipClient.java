package org.shelfwise.sip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A kiosk's side of SIP2, written from the 3M SIP 2.00 specification (not from the server's code): messages end
 * with a carriage return; with error detection, {@code AY} and a sequence digit, then {@code AZ} and the checksum
 * (the two's complement of the 16-bit sum of every byte before it, as four hex digits).
 */
public final class SipClient implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private int sequence;

    public SipClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(30_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** The checksum the specification defines, computed here on its own. */
    public static String checksum(String upToAz) {
        int sum = 0;
        for (byte b : upToAz.getBytes(StandardCharsets.UTF_8)) {
            sum += b & 0xFF;
        }
        return String.format("%04X", (-sum) & 0xFFFF);
    }

    /** Sends {@code message} with the next sequence number and its checksum; answers the reply. */
    public String send(String message) throws IOException {
        String withSequence = message + "AY" + (sequence++ % 10) + "AZ";
        return sendRaw(withSequence + checksum(withSequence));
    }

    /** Sends exactly {@code message} and a carriage return; answers the reply without its carriage return. */
    public String sendRaw(String message) throws IOException {
        out.write((message + "\r").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return read();
    }

    public String read() throws IOException {
        var line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\r') {
            if (b == -1) {
                throw new IOException("the server closed the connection");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** Whether a reply's checksum is right: its bytes and checksum sum to zero in 16 bits. */
    public static boolean checksumHolds(String reply) {
        int az = reply.lastIndexOf("AZ");
        return az >= 0 && checksum(reply.substring(0, az + 2)).equals(reply.substring(az + 2));
    }

    /** A reply's variable fields (the first of each), after its fixed part of {@code fixedLength} characters. */
    public static Map<String, String> fields(String reply, int fixedLength) {
        var fields = new LinkedHashMap<String, String>();
        int az = reply.lastIndexOf("AY");
        String variable = reply.substring(2 + fixedLength, az >= 0 ? az : reply.length());
        for (String piece : variable.split("\\|")) {
            if (piece.length() >= 2) {
                fields.putIfAbsent(piece.substring(0, 2), piece.substring(2));
            }
        }
        return fields;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
