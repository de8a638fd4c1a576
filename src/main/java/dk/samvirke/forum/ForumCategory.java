package dk.samvirke.forum;

import dk.samvirke.catalogue.Product;
import dk.samvirke.shared.AbstractEntity;
import dk.samvirke.shared.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;

/** Where topics live: an association-wide subject ({@code general}) or one product ({@code product:os2mo}). */
@Entity
@Table(name = "forum_category")
public class ForumCategory extends AbstractEntity implements Audited {

    static final String PRODUCT_PREFIX = "product:";

    @Column(name = "category_key", nullable = false, unique = true)
    private String key;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "name_da")
    private String nameDa;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "description_da")
    private String descriptionDa;

    @Column(name = "description_en")
    private String descriptionEn;

    private int position;
    private boolean restricted;

    protected ForumCategory() {
    }

    /** The product's own category; it takes its name from the product, so a renamed product renames it. */
    ForumCategory(Product product) {
        this.key = PRODUCT_PREFIX + product.getKey();
        this.product = product;
        this.nameDa = product.getName();
        this.nameEn = product.getName();
        this.position = 1000;
    }

    public String getKey() {
        return key;
    }

    public Product getProduct() {
        return product;
    }

    String getNameDa() {
        return nameDa;
    }

    String getNameEn() {
        return nameEn;
    }

    String getDescriptionDa() {
        return descriptionDa;
    }

    String getDescriptionEn() {
        return descriptionEn;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public int getPosition() {
        return position;
    }

    /** The product's key for a product category, otherwise null. */
    public String productKey() {
        return key.startsWith(PRODUCT_PREFIX) ? key.substring(PRODUCT_PREFIX.length()) : null;
    }

    public String name(Locale locale) {
        if (product != null) {
            return product.getName();
        }
        return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
    }

    public String description(Locale locale) {
        if (product != null) {
            return product.getSummary();
        }
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionDa;
    }

    @Override
    public String auditType() {
        return "forum-category";
    }

    @Override
    public String auditKey() {
        return key;
    }
}
