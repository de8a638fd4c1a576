package dk.samvirke.catalogue;

import dk.samvirke.shared.AbstractEntity;
import dk.samvirke.shared.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Who maintains a product: publiccode.yml's {@code maintenance.contacts} and {@code maintenance.contractors}. */
@Entity
@Table(name = "product_contact")
public class ProductContact extends AbstractEntity implements Audited {

    public static final String CONTACT = "contact";
    public static final String CONTRACTOR = "contractor";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    /** {@link #CONTACT} or {@link #CONTRACTOR}. */
    private String kind;

    @Column(name = "list_order")
    private int listOrder;

    private String name;
    private String email;
    private String affiliation;
    private String phone;
    private String website;
    private LocalDate until;

    protected ProductContact() {
    }

    ProductContact(Product product, String kind, int order, String name, String email, String affiliation, String phone,
            String website, LocalDate until) {
        this.product = product;
        this.kind = kind;
        this.listOrder = order;
        this.name = name;
        this.email = email;
        this.affiliation = affiliation;
        this.phone = phone;
        this.website = website;
        this.until = until;
    }

    public String getKind() {
        return kind;
    }

    public int getListOrder() {
        return listOrder;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public String getPhone() {
        return phone;
    }

    public String getWebsite() {
        return website;
    }

    public LocalDate getUntil() {
        return until;
    }

    @Override
    public String auditType() {
        return "product-contact";
    }

    @Override
    public String auditKey() {
        return product.getKey() + "/" + kind + "/" + name;
    }

    @Override
    public java.util.Set<String> personalFields() {
        return java.util.Set.of("email", "phone");
    }
}
