package vn.ptdv.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.support.ForkedApplication;

/**
 * The embedded database keeps every write it acknowledged through a {@code kill -9}: the
 * application, forked on its default H2 file database, is killed in the middle of a burst of
 * writes and restarted on the same files.
 */
class DurabilityTest {
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    @TempDir
    Path workDir;

    @Test
    void everyWriteAcknowledgedBeforeAKillIsThereAfterTheRestart() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ForkedApplication first = ForkedApplication.start(workDir);
        try {
            assertThat(first.postJson("/api/v1/organizations", """
                    {"code": "BV", "name": "Đảng bộ tỉnh Bền Vững", "type": "PROVINCIAL"}
                    """).statusCode()).as(first.logTail()).isEqualTo(201);
            assertThat(first.postJson("/api/v1/organizations", """
                    {"code": "BV-A", "name": "Đảng bộ xã Bền Vững", "type": "GRASSROOTS_COMMITTEE", "parentCode": "BV"}
                    """).statusCode()).isEqualTo(201);

            AtomicBoolean killed = new AtomicBoolean();
            CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
            AtomicInteger sequence = new AtomicInteger();
            ExecutorService writers = Executors.newFixedThreadPool(4);
            for (int w = 0; w < 4; w++) {
                writers.submit(() -> {
                    while (!killed.get()) {
                        String code = "BV-A-" + sequence.incrementAndGet();
                        try {
                            HttpResponse<String> created = first.postJson("/api/v1/organizations", """
                                    {"code": "%s", "name": "Chi bộ %s", "type": "CELL", "parentCode": "BV-A",
                                     "cellKind": "RESIDENTIAL"}
                                    """.formatted(code, code));
                            if (created.statusCode() == 201) {
                                acknowledged.add(code);
                                enough.countDown();
                            }
                        } catch (Exception cutOff) {
                            return null;
                        }
                    }
                    return null;
                });
            }
            // Waits for the acknowledgements themselves, however slow the machine.
            enough.await(3, TimeUnit.MINUTES);
            // SIGKILL while the writers are still sending: no shutdown hook closes the database.
            first.kill();
            killed.set(true);
            writers.shutdown();
            assertThat(writers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        } finally {
            first.kill();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        assertThat(Files.exists(workDir.resolve("data/ptdv.mv.db"))).isTrue();

        try (ForkedApplication second = ForkedApplication.start(workDir)) {
            List<String> lost = new ArrayList<>();
            for (String code : acknowledged) {
                if (second.get("/api/v1/organizations/" + code).statusCode() != 200) {
                    lost.add(code);
                }
            }
            assertThat(lost).as("acknowledged writes lost by the kill, of %d", acknowledged.size()).isEmpty();
        }
    }
}
