package io.shoppable.api;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.shoppable.persistence.Database;
import io.shoppable.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsApiTest extends ApiTestCase {

    @Test
    void metrics_are_in_the_prometheus_text_format_with_route_latency_histograms_and_status_counts() {
        api.get("/api/v1/products/1/", null);
        api.get("/api/v1/products/1/", null);
        api.get("/api/v1/products/x/", null);

        var metrics = api.get("/metrics", null);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        assertThat(metrics.text())
                .contains("# TYPE http_server_requests_seconds histogram")
                .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/products/{id}\","
                        + "status=\"404\"} 2")
                .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/products/{id}\","
                        + "status=\"400\"} 1")
                .contains("http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/v1/products/{id}\"");
    }

    @Test
    void unknown_paths_share_one_route_label_so_they_cannot_grow_the_series() {
        api.get("/nothing/1", null);
        api.get("/nothing/2", null);

        assertThat(api.get("/metrics", null).text())
                .contains("route=\"unmatched\",status=\"404\"} 2")
                .doesNotContain("/nothing/");
    }

    @Test
    void static_files_share_one_route_label() {
        api.get("/", null);
        api.get("/app.js", null);

        assertThat(api.get("/metrics", null).text()).contains("route=\"static\",status=\"200\"} 2");
    }

    @Test
    void feed_stage_timings_and_jvm_gauges_are_published() {
        api.get("/api/v1/shoppable-videos/", null);

        // an empty catalogue gives a short page, which is loaded and ranked again with the seen-again fallback (D62)
        assertThat(api.get("/metrics", null).text())
                .contains("feed_stage_seconds_count{stage=\"load_signals\"} 2")
                .contains("feed_stage_seconds_count{stage=\"rank\"} 2")
                .contains("jvm_memory_used_bytes")
                .contains("jvm_threads_live_threads");
    }

    @Test
    void the_connection_pool_publishes_its_gauges_to_the_registry_it_is_given() {
        var shared = (HikariDataSource) TestDatabase.database().dataSource();
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (var database = Database.external(shared.getJdbcUrl(), shared.getUsername(), shared.getPassword())) {
            database.reportPoolMetricsTo(registry);
            assertThat(database.isUp()).isTrue();

            assertThat(registry.scrape())
                    .contains("hikaricp_connections_active{pool=\"shoppable\"}")
                    .contains("hikaricp_connections_idle{pool=\"shoppable\"}")
                    .contains("hikaricp_connections_pending{pool=\"shoppable\"}");
        }
    }

    @Test
    void every_answer_carries_a_fresh_request_id() {
        var first = api.get("/health", null).header("X-Request-Id");
        var second = api.get("/api/v1/products/999/", null).header("X-Request-Id");

        assertThat(first).isNotBlank();
        assertThat(second).isNotBlank().isNotEqualTo(first);
    }

    @Test
    void the_request_id_is_in_the_log_lines_of_its_request() throws InterruptedException {
        var access = (Logger) LoggerFactory.getLogger("io.shoppable.http.access");
        var lines = new ListAppender<ILoggingEvent>();
        lines.start();
        access.addAppender(lines);
        try {
            var answer = api.send(api.request("/health").header("X-Request-Id", "trace-me-7").GET());
            // the access line is written as the request completes, possibly just after the client has the answer
            var logged = waitForLines(lines);

            assertThat(answer.header("X-Request-Id")).isEqualTo("trace-me-7");
            assertThat(logged).anySatisfy(line -> {
                assertThat(line.getFormattedMessage()).startsWith("GET /health 200");
                assertThat(line.getMDCPropertyMap()).containsEntry("request_id", "trace-me-7");
            });
        } finally {
            access.detachAppender(lines);
        }
    }

    @Test
    void a_sane_incoming_request_id_is_kept_and_an_unsafe_one_replaced() {
        var kept = api.send(api.request("/health").header("X-Request-Id", "gw-42.abc").GET());
        var replaced = api.send(api.request("/health").header("X-Request-Id", "bad id\twith<script>").GET());

        assertThat(kept.header("X-Request-Id")).isEqualTo("gw-42.abc");
        assertThat(replaced.header("X-Request-Id")).isNotBlank().doesNotContain("script");
    }

    private static List<ILoggingEvent> waitForLines(ListAppender<ILoggingEvent> lines) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            synchronized (lines) {
                if (!lines.list.isEmpty()) {
                    return List.copyOf(lines.list);
                }
            }
            Thread.sleep(20);
        }
        return List.of();
    }
}
