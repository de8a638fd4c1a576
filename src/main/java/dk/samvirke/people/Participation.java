package dk.samvirke.people;

import dk.samvirke.catalogue.Product;
import dk.samvirke.shared.AbstractEntity;
import dk.samvirke.shared.Audited;
import dk.samvirke.shared.Period;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A person's part in a product (or, without a product, in the association itself) in one role,
 * for a period, with the share of a full-time job it takes as an exact decimal.
 */
@Entity
@Table(name = "participation")
public class Participation extends AbstractEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    private Product product;

    private ParticipationRole role;
    private BigDecimal allocation;
    private LocalDate since;
    private LocalDate until;
    /** The body (interfaces.md §9) this participation is membership of; null for none. */
    @jakarta.persistence.Column(name = "body_key")
    private String bodyKey;
    private boolean chair;

    protected Participation() {
    }

    public Participation(Person person, Product product, ParticipationRole role, ParticipationDetails details) {
        this.person = person;
        this.product = product;
        this.role = role;
        update(details);
    }

    public final void update(ParticipationDetails details) {
        this.allocation = details.allocation();
        this.since = details.since();
        this.until = details.until();
    }

    /** Changes what the participation is in and as what, besides its period and share. */
    final void change(Product product, ParticipationRole role, ParticipationDetails details) {
        this.product = product;
        this.role = role;
        update(details);
    }

    /**
     * Makes the participation membership of a body (governance checks that the body's product is this
     * participation's product), or of none with {@code bodyKey} null.
     */
    public final void assignBody(String bodyKey, boolean chair) {
        this.bodyKey = bodyKey;
        this.chair = bodyKey != null && chair;
    }

    public String getBodyKey() {
        return bodyKey;
    }

    public boolean isChair() {
        return chair;
    }

    public ParticipationDetails details() {
        return new ParticipationDetails(allocation, since, until);
    }

    public boolean isActiveOn(LocalDate date) {
        return Period.includes(since, until, date);
    }

    public Person getPerson() {
        return person;
    }

    /** Empty for an association-wide participation (board, secretariat, …). */
    public Product getProduct() {
        return product;
    }

    public ParticipationRole getRole() {
        return role;
    }

    public BigDecimal getAllocation() {
        return allocation;
    }

    public LocalDate getSince() {
        return since;
    }

    public LocalDate getUntil() {
        return until;
    }

    @Override
    public String auditType() {
        return "participation";
    }

    @Override
    public String auditKey() {
        return person.getEmail() + "/" + (product == null ? "-" : product.getKey()) + "/" + role.code()
                + (since == null ? "" : "/" + since);
    }

    @Override
    public java.util.Set<String> personalFields() {
        return java.util.Set.of("person");
    }

    @Override
    public boolean auditKeyIsPersonal() {
        return true;
    }
}
