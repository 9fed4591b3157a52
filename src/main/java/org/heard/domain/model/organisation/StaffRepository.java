package org.heard.domain.model.organisation;

import java.util.List;
import java.util.Optional;

/** Staff accounts of the caller's organisation; every method is scoped to it. */
public interface StaffRepository {

    /** The account with this id, if it exists and belongs to the caller's organisation. */
    Optional<StaffAccount> find(Long id);

    /** The caller's organisation's staff, by display name. */
    List<StaffAccount> findAll();

    /** Stores a new account of the caller's organisation and assigns its id. */
    StaffAccount store(StaffAccount account);
}
