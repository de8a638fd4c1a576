package dk.samvirke.people;

import dk.samvirke.catalogue.ProductRef;
import dk.samvirke.catalogue.ProductSql;
import dk.samvirke.organisations.OrganisationRef;
import dk.samvirke.shared.CodedEnum;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part and who took part, asked by the database: a product's participants, an
 * organisation's people's participations, each marked current or former on a date.
 */
@Service
@Transactional(readOnly = true)
public class PeopleDirectory {

    private static final String SELECT = "select pa.id, pe.email, pe.name, pe.title, o.org_key, o.name as org_name,"
            + " pr.product_key, pr.name as product_name, pa.role, pa.allocation, pa.since, pa.until, pa.version,"
            + " case when " + ParticipationSql.activeOn("pa", ":d") + " and (pr.id is null or "
            + ProductSql.managedOn("pr", ":d") + ") then 1 else 0 end as is_current"
            + " from participation pa join person pe on pe.id = pa.person_id"
            + " left join organisation o on o.id = pe.organisation_id left join product pr on pr.id = pa.product_id";

    private final JdbcClient jdbc;

    PeopleDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone who takes or took part in the product: current ones first, then by name and start. */
    public List<Participant> participantsOf(String productKey, LocalDate date) {
        return jdbc.sql(SELECT + " where pr.product_key = :product order by is_current desc, pe.name, pa.since")
                .param("product", productKey).param("d", date).query(PeopleDirectory::participant).list();
    }

    /** Every part the organisation's people take or took: current ones first, then by name and start. */
    public List<Participant> participantsFrom(String organisationKey, LocalDate date) {
        return jdbc.sql(SELECT + " where o.org_key = :organisation order by is_current desc, pe.name, pa.since")
                .param("organisation", organisationKey).param("d", date).query(PeopleDirectory::participant).list();
    }

    /** The organisation's people's participations as their maintainers see them (with e-mail addresses). */
    public List<ParticipationView> participationsOf(String organisationKey, LocalDate date) {
        return jdbc.sql(SELECT + " where o.org_key = :organisation order by pe.name, pr.name, pa.role, pa.since")
                .param("organisation", organisationKey).param("d", date).query(PeopleDirectory::view).list();
    }

    /** One participation of a person of the organisation; empty when the id names another organisation's. */
    public Optional<ParticipationView> participation(String organisationKey, long id, LocalDate date) {
        return jdbc.sql(SELECT + " where o.org_key = :organisation and pa.id = :id")
                .param("organisation", organisationKey).param("id", id).param("d", date)
                .query(PeopleDirectory::view).optional();
    }

    private static final String MEMBERS = "select pa.id, pa.body_key, pe.name, pe.title, o.org_key, o.name as org_name,"
            + " pa.role, pa.since, pa.until, pa.chair, case when " + ParticipationSql.activeOn("pa", ":d")
            + " then 1 else 0 end as is_current from participation pa join person pe on pe.id = pa.person_id"
            + " left join organisation o on o.id = pe.organisation_id";

    /**
     * The members of the bodies (interfaces.md §9), current and former on the date: per body, the chair first,
     * then current ones, then by name.
     */
    public List<BodyMember> membersOf(java.util.Collection<String> bodyKeys, LocalDate date) {
        if (bodyKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(MEMBERS + " where pa.body_key in (:bodies) order by pa.body_key, is_current desc, pa.chair desc,"
                        + " pe.name, pa.since")
                .param("bodies", bodyKeys).param("d", date).query(PeopleDirectory::member).list();
    }

    /** Whether the person (by e-mail address) is a member of the body on the date. */
    public boolean isBodyMember(String bodyKey, String email, LocalDate date) {
        if (bodyKey == null || email == null) {
            return false;
        }
        return jdbc.sql("select count(*) from participation pa join person pe on pe.id = pa.person_id where pa.body_key = :body"
                        + " and pe.email = :email and " + ParticipationSql.activeOn("pa", ":d"))
                .param("body", bodyKey).param("email", email.toLowerCase(java.util.Locale.ROOT)).param("d", date)
                .query(Integer.class).single() > 0;
    }

    /** Where the organisation's people sit in bodies on the date (current memberships only). */
    public List<BodyMember> bodyMembershipsFrom(String organisationKey, LocalDate date) {
        return jdbc.sql(MEMBERS + " where o.org_key = :organisation and pa.body_key is not null and "
                        + ParticipationSql.activeOn("pa", ":d") + " order by pa.body_key, pe.name")
                .param("organisation", organisationKey).param("d", date).query(PeopleDirectory::member).list();
    }

    private static BodyMember member(ResultSet rs, int n) throws SQLException {
        String org = rs.getString("org_key");
        return new BodyMember(rs.getLong("id"), rs.getString("body_key"), rs.getString("name"), rs.getString("title"),
                org == null ? null : new OrganisationRef(org, rs.getString("org_name")), role(rs),
                rs.getObject("since", LocalDate.class), rs.getObject("until", LocalDate.class), rs.getBoolean("chair"),
                rs.getInt("is_current") == 1);
    }

    /** The people recorded in a product, each once with all their roles in it (for matching to commit authors). */
    public List<RecordedParticipant> recordedIn(String productKey) {
        record Person(String name, String organisation, TreeSet<String> roles) {
        }
        Map<String, Person> byEmail = new LinkedHashMap<>();
        jdbc.sql("select pe.email, pe.name, o.org_key, pa.role from participation pa join person pe on pe.id = pa.person_id"
                        + " left join organisation o on o.id = pe.organisation_id join product pr on pr.id = pa.product_id"
                        + " where pr.product_key = :product order by pe.name, pe.email")
                .param("product", productKey).query(rs -> {
                    String name = rs.getString(2);
                    String organisation = rs.getString(3);
                    byEmail.computeIfAbsent(rs.getString(1), e -> new Person(name, organisation, new TreeSet<>()))
                            .roles().add(rs.getString(4));
                });
        List<RecordedParticipant> result = new ArrayList<>();
        byEmail.forEach((email, p) -> result.add(new RecordedParticipant(email, p.name(), p.organisation(),
                List.copyOf(p.roles()))));
        return result;
    }

    private static Participant participant(ResultSet rs, int n) throws SQLException {
        String org = rs.getString("org_key");
        return new Participant(rs.getString("name"), rs.getString("title"),
                org == null ? null : new OrganisationRef(org, rs.getString("org_name")), product(rs), role(rs),
                rs.getBigDecimal("allocation"), rs.getObject("since", LocalDate.class),
                rs.getObject("until", LocalDate.class), rs.getInt("is_current") == 1);
    }

    private static ParticipationView view(ResultSet rs, int n) throws SQLException {
        return new ParticipationView(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
                rs.getString("org_key"), product(rs), role(rs), rs.getBigDecimal("allocation"),
                rs.getObject("since", LocalDate.class), rs.getObject("until", LocalDate.class),
                rs.getInt("is_current") == 1, rs.getLong("version"));
    }

    private static ProductRef product(ResultSet rs) throws SQLException {
        String key = rs.getString("product_key");
        return key == null ? null : new ProductRef(key, rs.getString("product_name"));
    }

    private static ParticipationRole role(ResultSet rs) throws SQLException {
        return CodedEnum.fromCode(ParticipationRole.class, rs.getString("role")).orElseThrow();
    }
}
