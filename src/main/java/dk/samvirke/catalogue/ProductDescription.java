package dk.samvirke.catalogue;

import dk.samvirke.shared.AbstractEntity;
import dk.samvirke.shared.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;

/** A product described in one language, as publiccode.yml's {@code description.<language>} does. */
@Entity
@Table(name = "product_description")
public class ProductDescription extends AbstractEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    private String language;

    @Column(name = "localised_name")
    private String localisedName;

    @Column(name = "short_description")
    private String shortDescription;

    @Column(name = "long_description")
    private String longDescription;

    /** One per line: a list column would be left out of the history. */
    private String features;

    protected ProductDescription() {
    }

    ProductDescription(Product product, String language) {
        this.product = product;
        this.language = language;
    }

    void update(String localisedName, String shortDescription, String longDescription, List<String> features) {
        this.localisedName = localisedName;
        this.shortDescription = shortDescription;
        this.longDescription = longDescription;
        this.features = Lines.join(features);
    }

    public String getLanguage() {
        return language;
    }

    public String getLocalisedName() {
        return localisedName;
    }

    public String getShortDescription() {
        return shortDescription;
    }

    public String getLongDescription() {
        return longDescription;
    }

    public List<String> getFeatures() {
        return Lines.split(features);
    }

    @Override
    public String auditType() {
        return "product-description";
    }

    @Override
    public String auditKey() {
        return product.getKey() + "/" + language;
    }
}
