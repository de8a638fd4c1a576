package dk.samvirke.organisations;

import dk.samvirke.history.BulkHistory;
import dk.samvirke.shared.BulkInsert;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes many new organisations at once, each with its membership periods (a data package's organisations.csv and
 * memberships.csv: thousands), without Hibernate: ids from {@code organisation_seq} and {@code membership_seq} as
 * Hibernate takes them, the rows by {@link BulkInsert} (COPY on PostgreSQL), and each record's history entry by
 * {@link BulkHistory}, all in the caller's transaction. The caller checks the organisations with
 * {@link OrganisationRules}, as every organisation is; the database's constraints still hold.
 *
 * <p>The organisations stay unmanaged. A record that Hibernate writes and that refers to one of them (a product's
 * owner, an updated organisation's region) must refer to it as loaded into the persistence context (the import
 * loads them so), not by the object itself, which Hibernate would refuse as detached.
 */
@Component
public class NewOrganisations {

    private static final List<String> COLUMNS = List.of("id", "org_key", "name", "sort_key", "type", "country",
            "municipality_code", "cvr", "region_id", "population", "website", "email_domains", "founded_on",
            "dissolved_on", "successor_id", "ean", "version", "created_at", "updated_at");
    private static final List<String> MEMBERSHIP_COLUMNS = List.of("id", "organisation_id", "since", "until", "version",
            "created_at", "updated_at");

    private final BulkInsert bulk;
    private final BulkHistory history;

    NewOrganisations(BulkInsert bulk, BulkHistory history) {
        this.bulk = bulk;
        this.history = history;
    }

    /**
     * Inserts the organisations and their periods, and gives them their ids. An organisation's region and successor
     * are already in the database or come before it in the list (H2 checks each row's references as it comes); an
     * organisation in a circle of successors is given here without its successor, which the caller sets after.
     */
    public void insert(List<Organisation> organisations) {
        if (organisations.isEmpty()) {
            return;
        }
        List<Membership> memberships = organisations.stream().flatMap(o -> o.membershipRecords().stream()).toList();
        bulk.prepare("organisation_seq", organisations);
        bulk.prepare("membership_seq", memberships);
        bulk.insert("organisation", COLUMNS, () -> organisations.stream().map(o -> new Object[] {o.getId(), o.getKey(),
            o.getName(), o.getSortKey(), o.getType().code(), o.getCountry(), o.getMunicipalityCode(), o.getCvr(),
            id(o.getRegion()), o.getPopulation(), o.getWebsite(), o.getEmailDomainsColumn(), o.getFoundedOn(),
            o.getDissolvedOn(), id(o.getSuccessor()), o.getEan(), o.getVersion(), o.getCreatedAt(),
            o.getUpdatedAt()}).iterator());
        bulk.insert("membership", MEMBERSHIP_COLUMNS, () -> memberships.stream().map(m -> new Object[] {m.getId(),
            m.organisation().getId(), m.since(), m.until(), m.getVersion(), m.getCreatedAt(), m.getUpdatedAt()})
                .iterator());
        // As Hibernate's cascade writes them: the organisations, then their periods.
        history.recordCreated(organisations);
        history.recordCreated(memberships);
    }

    private static Long id(Organisation organisation) {
        return organisation == null ? null : organisation.getId();
    }
}
