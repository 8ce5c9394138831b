package se.esp.adapter.persistence.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.esp.application.port.out.Applications;
import se.esp.domain.application.ApplicationStatus;
import se.esp.domain.matching.MatchingQueue;
import se.esp.domain.matching.WaitingApplication;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

class WaitingRowsKeptTest {

    private static final OfferingVersionId VERSION = new OfferingVersionId(UUID.randomUUID());
    private static final MatchingQueue ARABIC = new MatchingQueue(VERSION, new LanguageCode("ar"));
    private static final MatchingQueue SOMALI = new MatchingQueue(VERSION, new LanguageCode("so"));
    private static final MatchingQueue TIGRINYA = new MatchingQueue(VERSION, new LanguageCode("ti"));

    private static Map<String, WaitingRowsKept.Row> rows(MatchingQueue queue, int count) {
        Map<String, WaitingRowsKept.Row> rows = new HashMap<>();
        for (int i = 0; i < count; i++) {
            ApplicationId id = new ApplicationId(UUID.randomUUID());
            rows.put(id.toString(), new WaitingRowsKept.Row(i, new WaitingApplication(id, queue.offeringVersion(),
                    new OrganisationId(UUID.randomUUID()), 1, queue.language(), LocalDate.of(2027, 1, 11), false,
                    Instant.parse("2026-12-01T08:00:00Z")), new Applications.WaitState(ApplicationStatus.RECEIVED,
                    null, null)));
        }
        return rows;
    }

    @Test
    void keepsAQueuesRowsInPlaceOfThoseBefore() {
        WaitingRowsKept kept = new WaitingRowsKept(10);
        kept.keep(ARABIC, rows(ARABIC, 4));
        Map<String, WaitingRowsKept.Row> now = rows(ARABIC, 3);
        kept.keep(ARABIC, now);

        assertThat(kept.of(ARABIC)).isEqualTo(now);
        assertThat(kept.size()).isEqualTo(3);
        assertThat(kept.of(SOMALI)).isEmpty();
    }

    @Test
    void letsTheQueuesReadLongestAgoGoBeyondTheCapacityAndKeepsNoQueueLargerThanIt() {
        WaitingRowsKept kept = new WaitingRowsKept(10);
        kept.keep(ARABIC, rows(ARABIC, 4));
        kept.keep(SOMALI, rows(SOMALI, 4));
        kept.of(ARABIC);
        kept.keep(TIGRINYA, rows(TIGRINYA, 4));

        assertThat(kept.of(SOMALI)).as("read longest ago").isEmpty();
        assertThat(kept.of(ARABIC)).hasSize(4);
        assertThat(kept.of(TIGRINYA)).hasSize(4);
        assertThat(kept.size()).isEqualTo(8);

        kept.keep(ARABIC, rows(ARABIC, 11));
        assertThat(kept.of(ARABIC)).as("larger than the capacity: not kept, nor its rows before").isEmpty();
        assertThat(kept.size()).isEqualTo(4);
    }
}
