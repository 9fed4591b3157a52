package org.heard.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.heard.domain.model.organisation.Team;
import org.heard.domain.model.organisation.TeamRepository;

@ApplicationScoped
public class JpaTeamRepository extends OrganisationScopedRepository<Team> implements TeamRepository {

    public JpaTeamRepository() {
        super(Team.class);
    }

    @Override
    public Optional<Team> find(Long id) {
        return findOwned(id);
    }

    @Override
    public List<Team> findAll() {
        return scopedQuery("SELECT t FROM Team t WHERE t.organisationId = :organisation ORDER BY t.name", Team.class)
                .getResultList();
    }

    @Override
    public Team store(Team team) {
        persistOwned(team);
        em.flush();
        return team;
    }
}
