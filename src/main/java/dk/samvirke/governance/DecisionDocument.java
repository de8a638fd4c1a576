package dk.samvirke.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A decision as the site search indexes it (interfaces.md §9: decisions are searchable): read-only, written by
 * {@link GovernanceStore} and reindexed by {@link DecisionIndexing} after every write. Decisions are public.
 */
@Entity
@Immutable
@Table(name = "governance_decision")
public class DecisionDocument {

    @Id
    private Long id;
    @Column(name = "decision_key")
    private String key;
    private String title;
    private String text;
    @Column(name = "decided_on")
    private LocalDate date;

    protected DecisionDocument() {
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public LocalDate getDate() {
        return date;
    }
}
