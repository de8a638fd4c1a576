package dk.samvirke.organisations;

import dk.samvirke.shared.AbstractEntity;
import dk.samvirke.shared.Audited;
import dk.samvirke.shared.Period;
import dk.samvirke.shared.SortKeys;
import jakarta.persistence.CascadeType;
import org.hibernate.annotations.BatchSize;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A municipality, region, state body, association, supplier or other organisation in the community,
 * over time: when it was founded and dissolved, who took over, and its periods of membership.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends AbstractEntity implements Audited {

    @Column(name = "org_key", nullable = false, unique = true)
    private String key;

    private String name;

    @Column(name = "sort_key")
    private String sortKey;

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

    @Column(name = "founded_on")
    private LocalDate foundedOn;

    @Column(name = "dissolved_on")
    private LocalDate dissolvedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private Organisation successor;

    private String ean;

    /** A change here raises the organisation's version too: If-Match on the periods is the organisation's ETag. */
    @OneToMany(mappedBy = "organisation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("since")
    @BatchSize(size = 100) // an import reads every organisation's periods: in batches, not one query each
    private List<Membership> memberships = new ArrayList<>();

    protected Organisation() {
    }

    /** A new organisation; {@code region} and the successor named in the details are resolved by the caller. */
    public Organisation(String key, OrganisationDetails details, Organisation region) {
        this(key, details, region, null);
    }

    public Organisation(String key, OrganisationDetails details, Organisation region, Organisation successor) {
        this.key = key;
        update(details, region, successor);
    }

    /** The v1 update: the successor stays as it is. */
    public final void update(OrganisationDetails details, Organisation region) {
        update(details, region, successor);
    }

    public final void update(OrganisationDetails details, Organisation region, Organisation successor) {
        this.name = details.name();
        this.sortKey = SortKeys.danish(details.name());
        this.type = details.type();
        this.country = details.country() == null ? "DK" : details.country();
        this.municipalityCode = details.municipalityCode();
        this.cvr = details.cvr();
        this.region = region;
        this.population = details.population();
        this.website = details.website();
        this.emailDomains = details.emailDomains().isEmpty() ? null
                : String.join(" ", details.emailDomains()).toLowerCase(Locale.ROOT);
        this.foundedOn = details.foundedOn();
        this.dissolvedOn = details.dissolvedOn();
        this.successor = successor;
        this.ean = details.ean();
        replaceMemberships(details.memberships());
    }

    public OrganisationDetails details() {
        return new OrganisationDetails(name, type, country, municipalityCode, cvr,
                region == null ? null : region.getKey(), population, website, getEmailDomains(), foundedOn, dissolvedOn,
                successor == null ? null : successor.getKey(), ean, getMemberships());
    }

    /**
     * Makes the periods those given. A period is known by its start: one that keeps its start keeps its
     * record (and history), with the end changed if it did; the others go, and new ones come.
     */
    final void replaceMemberships(List<Period> periods) {
        Map<LocalDate, Period> wanted = periods.stream().collect(Collectors.toMap(Period::from, Function.identity()));
        memberships.removeIf(m -> !wanted.containsKey(m.since()));
        Map<LocalDate, Membership> kept = memberships.stream().collect(Collectors.toMap(Membership::since,
                Function.identity()));
        for (Period period : periods) {
            var existing = kept.get(period.from());
            if (existing == null) {
                memberships.add(new Membership(this, period.from(), period.to()));
            } else if (!existing.period().equals(period)) {
                existing.endOn(period.to());
            }
        }
    }

    /** Dissolves the organisation on a date, with the organisation that takes over (a merger, §8). */
    void dissolve(LocalDate on, Organisation into) {
        this.dissolvedOn = on;
        this.successor = into;
    }

    /** Ends the periods that run past the date on the date; those that would begin on or after it go. */
    List<Period> endMembershipsOn(LocalDate on) {
        List<Period> changed = new ArrayList<>();
        for (Membership m : List.copyOf(memberships)) {
            Period p = m.period();
            if (!p.from().isBefore(on)) {
                memberships.remove(m);
                changed.add(p);
            } else if (p.to() == null || p.to().isAfter(on)) {
                m.endOn(on);
                changed.add(p);
            }
        }
        return changed;
    }

    /** Adds a period; the caller has checked that it overlaps none. */
    void addMembership(Period period) {
        memberships.add(new Membership(this, period.from(), period.to()));
    }

    /** Exists on a date: founded (or no founding date) and not yet dissolved (interfaces.md §3). */
    public boolean existsOn(LocalDate date) {
        return Period.includes(foundedOn, dissolvedOn, date);
    }

    /** Member on a date: exists, and one of its membership periods includes the date. */
    public boolean isMemberOn(LocalDate date) {
        return existsOn(date) && memberships.stream().anyMatch(m -> m.period().includes(date));
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

    /** As stored: for {@link NewOrganisations}, which writes the row itself. */
    String getSortKey() {
        return sortKey;
    }

    /** As stored (lower case, space-separated, or null): for {@link NewOrganisations}. */
    String getEmailDomainsColumn() {
        return emailDomains;
    }

    /** The period records themselves: for {@link NewOrganisations}, which writes them with the organisation. */
    List<Membership> membershipRecords() {
        return memberships;
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

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public LocalDate getDissolvedOn() {
        return dissolvedOn;
    }

    public Organisation getSuccessor() {
        return successor;
    }

    public String getEan() {
        return ean;
    }

    /** The periods of membership, in order of their start. */
    public List<Period> getMemberships() {
        return memberships.stream().map(Membership::period).toList();
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
