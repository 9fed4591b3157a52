package org.heard.domain.model.quality;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heard.domain.shared.NotFoundException;

/** The organisation's "you said, we did" log. Every read is limited to the caller's organisation. */
public interface QualityActionRepository {

    /** Every action, most recently changed first. */
    List<QualityAction> findAll();

    /** The done actions, most recently shared first (those not yet shared last). */
    List<QualityAction> findDone();

    Optional<QualityAction> find(Long id);

    /** The action with this id; {@link NotFoundException} when there is none in the organisation. */
    default QualityAction get(Long id) {
        return find(id).orElseThrow(NotFoundException::new);
    }

    QualityAction store(QualityAction action);

    /** The names of the organisation's themes, by id, for choosing the theme an action answers. */
    Map<Long, String> themeNames();

    /** Makes pending changes visible to the database now (assigns ids, checks versions). */
    void flush();
}
