package dk.samvirke.organisations;

import dk.samvirke.shared.AbstractEntity;
import dk.samvirke.shared.Audited;
import dk.samvirke.shared.Period;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A municipality, region, state body, association, supplier or other organisation in the community. */
@Entity
@Table(name = "organisation")
public class Organisation extends AbstractEntity implements Audited {

    @Column(name = "org_key", nullable = false, unique = true)
    private String key;

    private String name;
    private OrganisationType type;
    private String country;

    @Column(name = "municipality_code")
    private String municipalityCode;

    private String cvr;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Organisation region;

    private Integer population;
    private String website;

    /** Space-separated, lower case: how harvested commit authors and sign-ins are matched to the organisation. */
    @Column(name = "email_domains")
    private String emailDomains;

    @Column(name = "member_since")
    private LocalDate memberSince;

    @Column(name = "member_until")
    private LocalDate memberUntil;

    protected Organisation() {
    }

    public Organisation(String key, OrganisationDetails details, Organisation region) {
        this.key = key;
        update(details, region);
    }

    public final void update(OrganisationDetails details, Organisation region) {
        this.name = details.name();
        this.type = details.type();
        this.country = details.country() == null ? "DK" : details.country();
        this.municipalityCode = details.municipalityCode();
        this.cvr = details.cvr();
        this.region = region;
        this.population = details.population();
        this.website = details.website();
        this.emailDomains = details.emailDomains().isEmpty() ? null
                : String.join(" ", details.emailDomains()).toLowerCase(Locale.ROOT);
        this.memberSince = details.memberSince();
        this.memberUntil = details.memberUntil();
    }

    public OrganisationDetails details() {
        return new OrganisationDetails(name, type, country, municipalityCode, cvr,
                region == null ? null : region.getKey(), population, website, getEmailDomains(), memberSince, memberUntil);
    }

    /** Member on a date: member_since set and not after it, and member_until empty or after it. */
    public boolean isMemberOn(LocalDate date) {
        return memberSince != null && Period.includes(memberSince, memberUntil, date);
    }

    public boolean isMunicipality() {
        return type == OrganisationType.MUNICIPALITY;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getCountry() {
        return country;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public String getCvr() {
        return cvr;
    }

    public Organisation getRegion() {
        return region;
    }

    public Integer getPopulation() {
        return population;
    }

    public String getWebsite() {
        return website;
    }

    public List<String> getEmailDomains() {
        return emailDomains == null || emailDomains.isBlank() ? List.of() : Arrays.asList(emailDomains.split(" "));
    }

    public LocalDate getMemberSince() {
        return memberSince;
    }

    public LocalDate getMemberUntil() {
        return memberUntil;
    }

    @Override
    public String auditType() {
        return "organisation";
    }

    @Override
    public String auditKey() {
        return key;
    }
}
