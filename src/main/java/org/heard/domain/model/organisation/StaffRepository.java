package org.heard.domain.model.organisation;

import java.util.List;
import java.util.Optional;
import org.heard.domain.shared.NotFoundException;

/** Staff accounts of the caller's organisation; every method is scoped to it. */
public interface StaffRepository {

    /** The account with this id, if it exists and belongs to the caller's organisation. */
    Optional<StaffAccount> find(Long id);

    /** The account with this id; {@link NotFoundException} when there is none in the caller's organisation. */
    default StaffAccount get(Long id) {
        return find(id).orElseThrow(NotFoundException::new);
    }

    /** The caller's organisation's staff, by display name. */
    List<StaffAccount> findAll();

    /** Stores a new account of the caller's organisation and assigns its id. */
    StaffAccount store(StaffAccount account);
}
