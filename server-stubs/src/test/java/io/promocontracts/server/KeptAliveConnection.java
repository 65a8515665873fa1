package io.promocontracts.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP/1.1 connection kept alive over a plain socket, for a load that costs its sender little:
 * it writes a request and reads the status, {@code Retry-After} and as many bytes as
 * {@code Content-Length} says. A connection the server closed is opened again.
 */
final class KeptAliveConnection implements AutoCloseable {

    record Answer(int status, String retryAfter) {
    }

    private final int port;
    private final InetAddress from;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeptAliveConnection(int port) throws IOException {
        this(port, InetAddress.getLoopbackAddress());
    }

    /** A connection from a loopback address of its own (127.0.0.2, say): to the server, another client. */
    KeptAliveConnection(int port, InetAddress from) throws IOException {
        this.port = port;
        this.from = from;
        open();
    }

    Answer send(String request) throws IOException {
        try {
            return exchange(request);
        } catch (IOException closedByTheServer) {
            socket.close();
            open();
            return exchange(request);
        }
    }

    private Answer exchange(String request) throws IOException {
        out.write(request.getBytes(StandardCharsets.UTF_8));
        out.flush();
        int status = -1;
        long length = 0;
        String retryAfter = "none";
        for (String line = line(); !line.isEmpty(); line = line()) {
            String lower = line.toLowerCase(java.util.Locale.ROOT);
            if (status < 0) {
                status = Integer.parseInt(line.substring(9, 12));
            } else if (lower.startsWith("content-length:")) {
                length = Long.parseLong(line.substring(15).trim());
            } else if (lower.startsWith("retry-after:")) {
                retryAfter = line.substring(12).trim();
            }
        }
        in.skipNBytes(length);
        return new Answer(status, retryAfter);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the server closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private void open() throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port, from, 0);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        in = new BufferedInputStream(socket.getInputStream());
        out = new BufferedOutputStream(socket.getOutputStream());
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
