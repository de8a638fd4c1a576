package dk.samvirke.organisations;

import dk.samvirke.shared.Period;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads organisations, asked by the database: one organisation with its history, a page of a list in
 * Danish order, and the questions other modules ask of an organisation on a date (does it exist, is it
 * a member). Nothing here loads more rows than the answer holds.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

    private static final String COLUMNS = "select o.id, o.org_key, o.name, o.type, o.country, o.municipality_code, o.cvr,"
            + " r.org_key as region_key, r.name as region_name, o.population, o.website, o.email_domains, o.founded_on,"
            + " o.dissolved_on, s.org_key as successor_key, s.name as successor_name, o.ean, o.version"
            + " from organisation o left join organisation r on r.id = o.region_id"
            + " left join organisation s on s.id = o.successor_id";
    private static final String ORDER = " order by o.sort_key, o.name, o.org_key";

    private final JdbcClient jdbc;

    OrganisationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OrganisationView> find(String key) {
        var rows = jdbc.sql(COLUMNS + " where o.org_key = :key").param("key", key).query(OrganisationDirectory::row).list();
        return complete(rows).stream().findFirst();
    }

    /** A page of the organisations the filter lets through, in Danish order of their names. */
    public Page<OrganisationView> list(OrganisationFilter filter, Pageable page) {
        var where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.type() != null) {
            where.append(" and o.type = :type");
            params.put("type", filter.type().code());
        }
        if (filter.existing()) {
            where.append(" and ").append(OrganisationSql.existsOn("o", ":d"));
        }
        if (filter.member() != null) {
            where.append(filter.member() ? " and (" : " and not (").append(OrganisationSql.memberOn("o", ":d")).append(")");
        }
        if (filter.existing() || filter.member() != null) {
            params.put("d", filter.date());
        }
        long total = jdbc.sql("select count(*) from organisation o" + where).params(params).query(Long.class).single();
        if (page.getOffset() >= total) {
            return new PageImpl<>(List.of(), page, total);
        }
        var rows = jdbc.sql(COLUMNS + where + ORDER + " limit :limit offset :offset").params(params)
                .param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query(OrganisationDirectory::row).list();
        return new PageImpl<>(complete(rows), page, total);
    }

    public boolean existsOn(String key, LocalDate date) {
        return jdbc.sql("select count(*) from organisation o where o.org_key = :key and " + OrganisationSql.existsOn("o", ":d"))
                .param("key", key).param("d", date).query(Integer.class).single() > 0;
    }

    /** Member of the association on the date (interfaces.md §3): exists, and a membership period includes it. */
    public boolean isMemberOn(String key, LocalDate date) {
        return jdbc.sql("select count(*) from organisation o where o.org_key = :key and " + OrganisationSql.memberOn("o", ":d"))
                .param("key", key).param("d", date).query(Integer.class).single() > 0;
    }

    /** The keys of every member on the date, in key order. */
    public List<String> membersOn(LocalDate date) {
        return jdbc.sql("select o.org_key from organisation o where " + OrganisationSql.memberOn("o", ":d")
                + " order by o.org_key").param("d", date).query(String.class).list();
    }

    /** For each key that names an organisation: whether it exists and is a member on the date, and its population. */
    public List<OrganisationOnDate> onDate(Collection<String> keys, LocalDate date) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select o.org_key, o.name, o.type, o.population, case when " + OrganisationSql.existsOn("o", ":d")
                        + " then 1 else 0 end, case when " + OrganisationSql.memberOn("o", ":d")
                        + " then 1 else 0 end from organisation o where o.org_key in (:keys) order by o.org_key")
                .param("keys", keys).param("d", date)
                .query((rs, n) -> new OrganisationOnDate(rs.getString(1), rs.getString(2), type(rs.getString(3)),
                        rs.getInt(5) == 1, rs.getInt(6) == 1, (Integer) rs.getObject(4, Integer.class)))
                .list();
    }

    /**
     * Organisations of a type not dissolved on the date — those that exist, and those yet to be founded (the
     * target of a planned merger) — as links in Danish order, for the choices of a form.
     */
    public List<OrganisationRef> notDissolved(OrganisationType type, LocalDate date, int limit) {
        return jdbc.sql("select o.org_key, o.name from organisation o where o.type = :type and (o.dissolved_on is null"
                        + " or o.dissolved_on > :d)" + ORDER + " limit :limit")
                .param("type", type.code()).param("d", date).param("limit", limit)
                .query((rs, n) -> new OrganisationRef(rs.getString(1), rs.getString(2))).list();
    }

    private record Row(long id, String key, String name, OrganisationType type, String country, String code, String cvr,
            OrganisationRef region, Integer population, String website, List<String> domains, LocalDate founded,
            LocalDate dissolved, OrganisationRef successor, String ean, long version) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String domains = rs.getString("email_domains");
        return new Row(rs.getLong("id"), rs.getString("org_key"), rs.getString("name"), type(rs.getString("type")),
                rs.getString("country"), rs.getString("municipality_code"), rs.getString("cvr"),
                ref(rs.getString("region_key"), rs.getString("region_name")), rs.getObject("population", Integer.class),
                rs.getString("website"), domains == null || domains.isBlank() ? List.of() : Arrays.asList(domains.split(" ")),
                rs.getObject("founded_on", LocalDate.class), rs.getObject("dissolved_on", LocalDate.class),
                ref(rs.getString("successor_key"), rs.getString("successor_name")), rs.getString("ean"),
                rs.getLong("version"));
    }

    /** Adds the periods and the predecessors of the rows' organisations: two more queries, whatever the number of rows. */
    private List<OrganisationView> complete(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(Row::id).toList();
        Map<Long, List<Period>> periods = new HashMap<>();
        jdbc.sql("select organisation_id, since, until from membership where organisation_id in (:ids) order by since")
                .param("ids", ids).query(rs -> {
                    periods.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Period(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
                });
        Map<Long, List<OrganisationRef>> predecessors = new LinkedHashMap<>();
        jdbc.sql("select successor_id, org_key, name from organisation where successor_id in (:ids)"
                + " order by sort_key, name, org_key").param("ids", ids).query(rs -> {
                    predecessors.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new OrganisationRef(rs.getString(2), rs.getString(3)));
                });
        return rows.stream().map(r -> new OrganisationView(r.key(), r.name(), r.type(), r.country(), r.code(), r.cvr(),
                r.region(), r.population(), r.website(), r.domains(), r.founded(), r.dissolved(), r.successor(),
                predecessors.getOrDefault(r.id(), List.of()), r.ean(), periods.getOrDefault(r.id(), List.of()), r.id(),
                r.version())).toList();
    }

    private static OrganisationType type(String code) {
        return dk.samvirke.shared.CodedEnum.fromCode(OrganisationType.class, code).orElseThrow();
    }

    private static OrganisationRef ref(String key, String name) {
        return key == null ? null : new OrganisationRef(key, name);
    }
}
