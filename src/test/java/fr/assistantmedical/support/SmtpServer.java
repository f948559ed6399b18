package fr.assistantmedical.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real SMTP server for the tests: Debian's aiosmtpd, storing every message it accepts in a
 * maildir that the tests read. Tests may stop it and start it again on the same port (an outage).
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    private static final String PYTHON = "/usr/bin/python3";
    /** The server of the @QuarkusTest run, that the static helpers act on. */
    private static volatile SmtpServer current;

    private volatile int port;
    private volatile Path maildir;
    private volatile Process process;

    /** A message as received: its recipients, subject, text and PDF attachments. */
    public record Message(String to, String subject, String text, List<byte[]> pdfs) {
    }

    @Override
    public Map<String, String> start() {
        try {
            maildir = Files.createTempDirectory("test-maildir");
            for (String sub : List.of("tmp", "new", "cur")) {
                Files.createDirectories(maildir.resolve(sub));
            }
            try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        current = this;
        run();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port));
    }

    @Override
    public void stop() {
        halt();
    }

    /** Starts the server of the run (again) on its port and waits until it answers. */
    public static void startServer() {
        current.run();
    }

    /** Stops the server of the run: an SMTP outage until {@link #startServer()}. */
    public static void stopServer() {
        current.halt();
    }

    /** Every message the server of the run received so far for that recipient. */
    public static List<Message> messagesTo(String recipient) {
        return current.received(recipient);
    }

    private synchronized void run() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = new ProcessBuilder(PYTHON, "-m", "aiosmtpd", "-n", "-l", "127.0.0.1:" + port, "-c",
                    "aiosmtpd.handlers.Mailbox", maildir.toString())
                    .redirectErrorStream(true).redirectOutput(maildir.resolveSibling(maildir.getFileName() + ".log")
                            .toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("the tests need Debian's python3-aiosmtpd (.ci/run installs it)", e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("aiosmtpd did not start (is python3-aiosmtpd installed?)");
                }
                sleep(100);
            }
        }
        throw new IllegalStateException("aiosmtpd does not answer on port " + port);
    }

    private synchronized void halt() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Every message this server received so far for that recipient. */
    public List<Message> received(String recipient) {
        List<Message> found = new ArrayList<>();
        for (String sub : List.of("new", "cur")) {
            Path dir = maildir.resolve(sub);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Message m = parse(Files.readString(file, StandardCharsets.ISO_8859_1));
                    if (m.to().contains(recipient)) {
                        found.add(m);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    /** Just enough MIME for the tests: headers, the text part and base64 PDF parts. */
    static Message parse(String raw) {
        String unfolded = raw.replace("\r\n", "\n");
        int split = unfolded.indexOf("\n\n");
        String headers = unfolded.substring(0, split).replaceAll("\n[ \t]+", " ");
        String to = header(headers, "To");
        String subject = decodeWords(header(headers, "Subject"));
        List<byte[]> pdfs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String boundary = null;
        var m = java.util.regex.Pattern.compile("boundary=\"?([^\";\n]+)\"?").matcher(headers);
        if (m.find()) {
            boundary = m.group(1);
        }
        String body = unfolded.substring(split + 2);
        List<String> parts = boundary == null ? List.of(headers + "\n\n" + body)
                : List.of(body.split("\n--" + java.util.regex.Pattern.quote(boundary)));
        for (String part : parts) {
            int end = part.indexOf("\n\n");
            if (end < 0) {
                continue;
            }
            String partHeaders = part.substring(0, end).replaceAll("\n[ \t]+", " ").toLowerCase();
            String content = part.substring(end + 2);
            boolean base64 = partHeaders.contains("content-transfer-encoding: base64");
            if (partHeaders.contains("application/pdf")) {
                pdfs.add(Base64.getMimeDecoder().decode(content.strip()));
            } else if (partHeaders.contains("text/plain")) {
                text.append(base64 ? new String(Base64.getMimeDecoder().decode(content.strip()), StandardCharsets.UTF_8)
                        : quotedPrintable(content));
            }
        }
        return new Message(to, subject, text.toString(), pdfs);
    }

    private static String header(String headers, String name) {
        for (String line : headers.split("\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).trim();
            }
        }
        return "";
    }

    private static String decodeWords(String value) {
        var m = java.util.regex.Pattern.compile("=\\?(?i:utf-8)\\?([BbQq])\\?([^?]*)\\?=").matcher(value);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(value, last, m.start()).append(m.group(1).equalsIgnoreCase("B")
                    ? new String(Base64.getDecoder().decode(m.group(2)), StandardCharsets.UTF_8)
                    : quotedPrintable(m.group(2).replace('_', ' ')));
            last = m.end();
        }
        return out.append(value.substring(last)).toString().replaceAll("\\?=\\s+=\\?", "");
    }

    private static String quotedPrintable(String text) {
        String joined = text.replace("=\n", "");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length()) {
                out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
