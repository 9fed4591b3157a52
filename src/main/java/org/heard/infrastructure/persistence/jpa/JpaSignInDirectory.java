package org.heard.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.heard.domain.model.organisation.SignInDirectory;
import org.heard.domain.model.organisation.StaffAccount;
import org.heard.domain.model.organisation.Team;

@ApplicationScoped
public class JpaSignInDirectory implements SignInDirectory {

    @PersistenceContext(unitName = "heard")
    private EntityManager em;

    @Override
    public Optional<StaffAccount> findByUsername(String normalisedUsername) {
        return em.createQuery("SELECT s FROM StaffAccount s WHERE s.username = :username", StaffAccount.class)
                .setParameter("username", normalisedUsername)
                .getResultStream()
                .findFirst();
    }

    @Override
    public StaffAccount register(StaffAccount account) {
        em.persist(account);
        return account;
    }

    @Override
    public Team register(Team team) {
        em.persist(team);
        return team;
    }
}
