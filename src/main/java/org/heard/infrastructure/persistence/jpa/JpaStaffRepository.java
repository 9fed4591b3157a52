package org.heard.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.heard.domain.model.organisation.StaffAccount;
import org.heard.domain.model.organisation.StaffRepository;

@ApplicationScoped
public class JpaStaffRepository extends OrganisationScopedRepository<StaffAccount> implements StaffRepository {

    public JpaStaffRepository() {
        super(StaffAccount.class);
    }

    @Override
    public Optional<StaffAccount> find(Long id) {
        return findOwned(id);
    }

    @Override
    public List<StaffAccount> findAll() {
        return scopedQuery(
                        "SELECT s FROM StaffAccount s WHERE s.organisationId = :organisation ORDER BY s.displayName",
                        StaffAccount.class)
                .getResultList();
    }

    @Override
    public StaffAccount store(StaffAccount account) {
        persistOwned(account);
        em.flush();
        return account;
    }
}
