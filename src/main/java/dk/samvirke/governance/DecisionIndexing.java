package dk.samvirke.governance;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the search index of a decision written by SQL (Hibernate Search sees only what JPA writes): the decision
 * is indexed when the transaction commits, so a rolled-back import indexes nothing.
 */
@Component
class DecisionIndexing {

    private final EntityManager entityManager;
    private final JdbcClient jdbc;

    DecisionIndexing(EntityManager entityManager, JdbcClient jdbc) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    void changed(String decisionKey) {
        var id = jdbc.sql("select id from governance_decision where decision_key = :key").param("key", decisionKey)
                .query(Long.class).optional();
        if (id.isEmpty()) {
            return;
        }
        var document = entityManager.find(DecisionDocument.class, id.get());
        if (document != null) {
            entityManager.refresh(document);
            Search.session(entityManager).indexingPlan().addOrUpdate(document);
        }
    }
}
