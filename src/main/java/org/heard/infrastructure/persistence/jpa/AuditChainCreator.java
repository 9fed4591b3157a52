package org.heard.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.heard.domain.model.audit.AuditChain;

/**
 * Creates a chain's head in a transaction of its own, the first time an event of
 * that organisation is written. Two first events at once both try; the loser's
 * duplicate key is harmless.
 */
@ApplicationScoped
public class AuditChainCreator {

    @PersistenceContext(unitName = "heard")
    private EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(long chainId) {
        if (em.find(AuditChain.class, chainId) == null) {
            em.persist(new AuditChain(chainId));
            em.flush();
        }
    }
}
