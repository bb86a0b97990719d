package io.shoppable.testing;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.shared.Conflict;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.social.NewReport;
import io.shoppable.domain.social.Report;
import io.shoppable.domain.social.ReportId;
import io.shoppable.domain.social.ReportRepository;
import io.shoppable.domain.social.ReportStatus;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;

/** {@link ReportRepository} over an {@link InMemoryStore}. */
public final class InMemoryReportRepository implements ReportRepository {

    private static final Comparator<Report> NEWEST_FIRST = Comparator.comparing(Report::createdAt)
            .thenComparingLong((Report report) -> report.id().value()).reversed();

    private final InMemoryStore store;

    InMemoryReportRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Report add(NewReport report, Instant at) {
        synchronized (store) {
            store.requireVideo(report.video());
            boolean duplicate = store.reports.values().stream().anyMatch(existing ->
                    existing.reporter().equals(report.reporter()) && existing.video().equals(report.video()));
            if (duplicate) {
                throw new Conflict("already_reported", "You have already reported video " + report.video());
            }
            var stored = new Report(new ReportId(store.nextId()), report.reporter(), report.video(), report.reason(),
                    report.description(), ReportStatus.PENDING, at, Optional.empty());
            store.reports.put(stored.id(), stored);
            return stored;
        }
    }

    @Override
    public Optional<Report> findById(ReportId id) {
        synchronized (store) {
            return Optional.ofNullable(store.reports.get(id));
        }
    }

    @Override
    public Page<Report> byReporter(UserId reporter, PageRequest page) {
        synchronized (store) {
            return newestFirst(report -> report.reporter().equals(reporter), page);
        }
    }

    @Override
    public Page<Report> all(Optional<ReportStatus> status, PageRequest page) {
        synchronized (store) {
            return newestFirst(report -> status.map(report.status()::equals).orElse(true), page);
        }
    }

    @Override
    public Report changeStatus(ReportId id, ReportStatus status, Instant at) {
        synchronized (store) {
            var report = findById(id).orElseThrow(() -> NotFound.of("Report", id));
            var changed = new Report(id, report.reporter(), report.video(), report.reason(), report.description(),
                    status, report.createdAt(), status.isClosed() ? Optional.of(at) : Optional.empty());
            store.reports.put(id, changed);
            return changed;
        }
    }

    @Override
    public int openReporterCount(VideoId video) {
        synchronized (store) {
            return (int) store.reports.values().stream()
                    .filter(report -> report.video().equals(video) && !report.status().isClosed())
                    .map(Report::reporter)
                    .distinct()
                    .count();
        }
    }

    private Page<Report> newestFirst(Predicate<Report> filter, PageRequest page) {
        return InMemoryStore.page(store.reports.values().stream().filter(filter).sorted(NEWEST_FIRST).toList(), page);
    }
}
