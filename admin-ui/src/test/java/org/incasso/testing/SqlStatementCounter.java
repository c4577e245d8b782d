package org.incasso.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Counts the SQL statements jOOQ executes for requests, for tests that guard against N+1
 * queries. Background work (the scheduled notification worker, the case-event listener) runs on
 * its own threads and is not counted.
 */
@Configuration(proxyBeanMethods = false)
public class SqlStatementCounter {

    private static final AtomicInteger STATEMENTS = new AtomicInteger();

    @Bean
    DefaultExecuteListenerProvider sqlStatementCountingListener() {
        return new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext context) {
                String thread = Thread.currentThread().getName();
                if (!thread.startsWith("scheduling") && !thread.startsWith("case-event-listener")) {
                    STATEMENTS.incrementAndGet();
                }
            }
        });
    }

    public static int count() {
        return STATEMENTS.get();
    }
}
