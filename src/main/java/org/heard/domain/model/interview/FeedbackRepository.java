package org.heard.domain.model.interview;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Named feedback for supervision: the interviews in which a family named their social
 * worker, and the record that their feedback was discussed in supervision. Always in the
 * caller's organisation.
 */
public interface FeedbackRepository {

    /**
     * Named feedback: submitted or kept interviews where the family gave at least
     * the social worker's name, newest first; never anonymous ones or withdrawn ones.
     *
     * @param socialWorker only this social worker's, or all when null
     * @param includeDiscussed whether items already discussed in supervision are included
     */
    List<Interview> namedFeedback(String socialWorker, boolean includeDiscussed, int limit);

    /** The social workers named in the organisation's named feedback, alphabetically. */
    List<String> socialWorkersNamed();

    /** Whether and when an interview's feedback was discussed in supervision. */
    Optional<FeedbackDiscussion> discussion(long interviewId);

    /** The supervision discussions of several interviews of the caller's organisation. */
    List<FeedbackDiscussion> discussionsOf(Collection<Long> interviewIds);

    FeedbackDiscussion store(FeedbackDiscussion discussion);
}
