package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.port.in.application.SubmitApplicationUseCase;
import se.esp.domain.shared.ApplicationId;

/**
 * The contract on MariaDB, and what only a real database shows: the same submission sent by several threads at the
 * same moment — as two servers would receive a retry while the first attempt is still running — is stored once.
 */
class MariaDbIdempotentSubmissionContractTest extends IdempotentSubmissionContract {

    private static final int AT_ONCE = 6;

    @Override
    protected Backend backend() {
        return Backend.MARIADB;
    }

    @Test
    void theSameSubmissionArrivingAtOnceOnSeveralThreadsIsStoredOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SubmitApplicationUseCase.Submitted>> results = new ArrayList<>();
        try {
            for (int i = 0; i < AT_ONCE; i++) {
                Callable<SubmitApplicationUseCase.Submitted> submit = () -> {
                    start.await();
                    return applications.submit(caseOfficer, application("olofstrom-simultaneous", 2));
                };
                results.add(threads.submit(submit));
            }
            start.countDown();
            Set<ApplicationId> ids = new HashSet<>();
            int created = 0;
            for (Future<SubmitApplicationUseCase.Submitted> result : results) {
                SubmitApplicationUseCase.Submitted submitted = result.get();
                ids.add(submitted.application().id());
                created += submitted.created() ? 1 : 0;
            }
            assertThat(ids).hasSize(1);
            assertThat(created).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(applicationsOfOlofstrom()).isEqualTo(1);
        assertThat(rows("SELECT COUNT(*) FROM participant")).isEqualTo(2);
        assertThat(rows("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'ApplicationReceived'")).isEqualTo(1);
    }

    private long rows(String sql) throws SQLException {
        try (Connection connection = Backends.jpa(Backend.MARIADB).dataSource().getConnection();
             ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
