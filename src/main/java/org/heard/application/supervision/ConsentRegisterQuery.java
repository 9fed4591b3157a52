package org.heard.application.supervision;

import java.time.Instant;
import java.util.List;

/**
 * The consent register's reads, in SQL on indexes, for the caller's organisation
 * only. Sorting is by a known column name; anything else sorts by start time.
 */
public interface ConsentRegisterQuery {

    /** Sortable columns of the register. */
    enum Sort {
        STARTED,
        REFERENCE,
        INTERVIEWER,
        MODE,
        CHOICE,
        OUTCOME,
        STATUS,
        STATEMENT,
        RECORDED
    }

    /**
     * @param startsFrom inclusive, null for no bound
     * @param startsBefore exclusive, null for no bound
     */
    List<ConsentRegisterRow> page(
            ConsentRegisterFilter filter,
            Instant startsFrom,
            Instant startsBefore,
            Sort sort,
            boolean ascending,
            int first,
            int size);

    long count(ConsentRegisterFilter filter, Instant startsFrom, Instant startsBefore);

    /**
     * The next batch for an export, newest first, after the row (start time, id)
     * last written; null for the first batch.
     */
    List<ConsentRegisterRow> batchAfter(
            ConsentRegisterFilter filter,
            Instant startsFrom,
            Instant startsBefore,
            Instant afterStartedAt,
            Long afterId,
            int size);
}
