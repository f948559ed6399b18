package fr.assistantmedical.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.support.AsAgent;
import fr.assistantmedical.support.Contracts;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With tracing on, a contract change is its own span inside the request's: on-call sees where time went. */
@QuarkusTest
@TestProfile(TracingTest.Traced.class)
@ExtendWith(AsAgent.class)
class TracingTest {

    public static class Traced implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "50ms",
                    // No collector here: only the in-memory exporter of the tests receives the spans.
                    "quarkus.otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:1");
        }
    }

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aSignatureIsASpanOfItsRequest() throws InterruptedException {
        spans.reset();
        Contracts.sign(Contracts.gp2024(Contracts.rpps(), "2025-03-01"));

        SpanData sign = awaitSpan("ContractService.sign");
        SpanData request = spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(sign.getTraceId()))
                .findFirst().orElseThrow(() -> new AssertionError("no request span around " + sign));
        assertEquals(SpanKind.INTERNAL, sign.getKind());
        assertTrue(request.getName().startsWith("POST"), request.getName());
        assertTrue(sign.getStartEpochNanos() >= request.getStartEpochNanos()
                && sign.getEndEpochNanos() <= request.getEndEpochNanos(), "the signature inside its request");
    }

    private SpanData awaitSpan(String name) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<SpanData> finished = spans.getFinishedSpanItems();
            Optional<SpanData> found = finished.stream().filter(s -> s.getName().equals(name)).findFirst();
            if (found.isPresent() && finished.stream().anyMatch(s -> s.getKind() == SpanKind.SERVER)) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no span " + name + " in " + spans.getFinishedSpanItems());
    }
}
