package org.heard.domain.model.quality;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heard.domain.shared.NotFoundException;

/**
 * The organisation's codebook, analysts' tags and their codings of answers. Every read
 * and write is limited to the caller's organisation (or the one a system task names).
 */
public interface ThemeRepository {

    /** Every theme of the codebook, by name. */
    List<Theme> findAll();

    Optional<Theme> find(Long id);

    /** The theme with this id; {@link NotFoundException} when there is none in the organisation. */
    default Theme get(Long id) {
        return find(id).orElseThrow(NotFoundException::new);
    }

    /** Another theme of the organisation with this name, whatever its case. */
    Optional<Theme> findByName(String name);

    Theme store(Theme theme);

    void delete(Theme theme);

    /** The number of tags of each theme that has any, by theme id. */
    Map<Long, Long> tagCounts();

    /** The number of actions of the "you said, we did" log that refer to the theme. */
    long actionCount(long themeId);

    /** Actions that refer to the theme keep no theme; returns how many there were. */
    int clearActionTheme(long themeId);

    List<ThemeTag> tagsOfTheme(long themeId);

    /** One analyst's tags of these answers. */
    List<ThemeTag> tagsOf(long coderId, Collection<Long> answerIds);

    /** Every analyst's tags of these answers. */
    List<ThemeTag> tagsOf(Collection<Long> answerIds);

    Optional<ThemeTag> findTag(Long id);

    ThemeTag store(ThemeTag tag);

    void delete(ThemeTag tag);

    Optional<AnswerCoding> findCoding(long coderId, long answerId);

    /** The answers of this list that the analyst has marked coded. */
    List<Long> codedBy(long coderId, Collection<Long> answerIds);

    AnswerCoding store(AnswerCoding coding);

    /** Makes pending changes visible to the database now (assigns ids, checks versions). */
    void flush();
}
