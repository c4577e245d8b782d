package org.incasso.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.incasso.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Live case events for subscribers of this instance. After commit, PostgreSQL sends
 * {@code NOTIFY case_events 'tenant:id'} (a trigger on the table); every instance LISTENs and
 * wakes its subscribers of that tenant, which then read the stored events after the last id they
 * delivered. The table stays the source of truth: notifications carry no payload, a lost or
 * coalesced notification only delays delivery to the next one, and a replay ({@code after}) and
 * the live stream are one and the same loop — no gap, no duplicate.
 */
@Component
public class CaseEventStream implements SmartLifecycle {

    static final String CHANNEL = "case_events";
    private static final Logger log = LoggerFactory.getLogger(CaseEventStream.class);
    private static final int PAGE = 500;

    /** A wake-up for the subscribers of one tenant, or of all tenants when {@code tenantId} is null. */
    private record Signal(@Nullable UUID tenantId) {
    }

    private final DataSource dataSource;
    private final CaseEventLog caseEventLog;
    private final Sinks.Many<Signal> signals = Sinks.many().multicast().directBestEffort();
    private volatile boolean running;
    private volatile @Nullable Connection listening;
    private @Nullable Thread listener;

    CaseEventStream(DataSource dataSource, CaseEventLog caseEventLog) {
        this.dataSource = dataSource;
        this.caseEventLog = caseEventLog;
    }

    /** Stored events after {@code afterId}, then live ones, that the audience may see. */
    public Flux<CaseEvent> stream(Audience audience, long afterId, @Nullable UUID claimId) {
        return Flux.defer(() -> {
            AtomicLong last = new AtomicLong(afterId);
            Flux<Signal> wakeUps = signals.asFlux()
                    .filter(signal -> signal.tenantId() == null || signal.tenantId().equals(audience.tenantId()));
            // subscribe to wake-ups first, then read what is stored: nothing committed in between is missed
            return Flux.merge(wakeUps, Mono.just(new Signal(null)).subscribeOn(Schedulers.boundedElastic()))
                    .onBackpressureLatest()
                    .concatMap(signal -> Mono.fromCallable(() -> load(audience, last.get(), claimId))
                            .subscribeOn(Schedulers.boundedElastic())
                            .flatMapMany(Flux::fromIterable), 1)
                    .filter(event -> event.id() > last.get())
                    .doOnNext(event -> last.set(event.id()));
        });
    }

    private List<CaseEvent> load(Audience audience, long afterId, @Nullable UUID claimId) {
        return TenantContext.callAs(audience.tenantId(), () -> {
            List<CaseEvent> all = new ArrayList<>();
            long from = afterId;
            List<CaseEvent> page;
            do {
                page = caseEventLog.after(from, audience, claimId, PAGE);
                all.addAll(page);
                from = page.isEmpty() ? from : page.getLast().id();
            } while (page.size() == PAGE);
            return all;
        });
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofVirtual().name("case-event-listener").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing the listening connection failed", e);
            }
        }
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                // anything committed while we were not listening is picked up by this wake-up
                signals.tryEmitNext(new Signal(null));
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications((int) Duration.ofSeconds(10).toMillis());
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            signals.tryEmitNext(new Signal(tenantOf(notification.getParameter())));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Listening for case events failed; retrying in a second", e);
                    sleep();
                }
            }
        }
    }

    private static @Nullable UUID tenantOf(String parameter) {
        try {
            return UUID.fromString(parameter.substring(0, parameter.indexOf(':')));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
