package vn.ptdv.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The application in a JVM of its own, on the embedded H2 database under {@code ./data} of a working
 * directory of the test's choosing — the default configuration, as an installation runs it. It runs
 * the main classes and dependencies of the test's own class path (never the test classes), on a free
 * port, without the demo dataset; {@link #kill()} ends it as {@code kill -9} would.
 */
public final class ForkedApplication implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "forked-admin-password-1";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ForkedApplication(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the application in {@code workDir} and waits until it answers its health check. */
    public static ForkedApplication start(Path workDir) throws Exception {
        return start(workDir, java.util.Map.of());
    }

    /**
     * Starts the application in {@code workDir} with these environment variables besides the
     * defaults (e.g. {@code PTDV_DB_URL} for a database of its own choosing), and waits until it
     * answers its health check.
     */
    public static ForkedApplication start(Path workDir, java.util.Map<String, String> environment) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile(workDir, "application-", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", mainClassPath(), "vn.ptdv.PtdvApplication",
                "--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("PTDV_DB_URL");
        builder.environment().put("PTDV_DEMO", "false");
        builder.environment().put("PTDV_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().putAll(environment);
        ForkedApplication application = new ForkedApplication(builder.start(), port, log);
        application.awaitHealthy();
        return application;
    }

    private void awaitHealthy() {
        try {
            Awaitility.await("the forked application's health").atMost(START_TIMEOUT)
                    .pollInterval(Duration.ofMillis(250)).ignoreExceptionsInstanceOf(IOException.class)
                    .until(this::healthy);
        } catch (ConditionTimeoutException late) {
            process.destroyForcibly();
            throw new IllegalStateException("The application did not start in time:\n" + logTail(), late);
        }
    }

    /** Whether the application answers its health check; a process that stopped fails at once. */
    private boolean healthy() throws Exception {
        if (!process.isAlive()) {
            throw new IllegalStateException("The application stopped while starting:\n" + logTail());
        }
        return http.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A request as the administrator, with HTTP Basic. */
    public HttpRequest.Builder asAdmin(String path) {
        String credentials = Base64.getEncoder()
                .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + credentials);
    }

    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return http.send(asAdmin(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(asAdmin(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpClient http() {
        return http;
    }

    /** Ends the process at once, as {@code kill -9}: no shutdown hook, no database close. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Ends the process politely (SIGTERM): Spring closes the database. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /**
     * The test JVM's class path without the test classes. Surefire passes it as the manifest of a
     * booter jar; its entries are expanded.
     */
    static String mainClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar") && entry.contains("surefire")) {
                entries.addAll(manifestClassPath(Path.of(entry)));
            } else {
                entries.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, entries.stream()
                .filter(e -> !e.replace('\\', '/').matches(".*/test-classes/?$")).toList());
    }

    private static List<String> manifestClassPath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return List.of(jar.toString());
            }
            List<String> entries = new ArrayList<>();
            for (String item : classPath.trim().split("\\s+")) {
                URI uri = jar.getParent().toUri().resolve(item);
                entries.add(Path.of(uri).toString());
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
