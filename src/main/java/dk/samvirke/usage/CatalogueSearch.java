package dk.samvirke.usage;

import dk.samvirke.catalogue.ProductSql;
import dk.samvirke.organisations.OrganisationRef;
import dk.samvirke.organisations.OrganisationSql;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as people search it — by words, owner, licence and whether a product is in use — with
 * how many organisations currently use each product. The catalogue page and {@code GET /api/v1/products}
 * both ask here, so they filter alike (one licence rule: {@link ProductSql#licenceIs}).
 *
 * <p>It lives in the usage module rather than the catalogue because every figure it adds is a usage
 * figure: the usage module depends on the catalogue and the organisations, so the catalogue could not
 * count usages without a cycle.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueSearch {

    /** What to look for; every field may be empty. {@code inUse} is about current use on the date. */
    public record Query(String text, String owner, String licence, Boolean inUse, Order order) {

        public static Query all() {
            return new Query(null, null, null, null, Order.NAME);
        }
    }

    public enum Order { NAME, USERS }

    /**
     * One product of the catalogue with its figures on the date.
     *
     * @param users          how many organisations use it now (interfaces.md §3: 0 once it is retired)
     * @param firstUsers     the first of those, in Danish order, when asked for
     */
    public record Entry(String key, String name, String summary, String summaryEn, OrganisationRef owner,
            String repository, String licence, String website, LocalDate adoptedOn, LocalDate retiredOn, boolean managed,
            int users, List<OrganisationRef> firstUsers) {

        /** The summary in the page's language (the catalogue's rule, {@link ProductSql#summaryIn}). */
        public String summaryIn(java.util.Locale locale) {
            return ProductSql.summaryIn(locale, summary, summaryEn);
        }

        public boolean inUse() {
            return users > 0;
        }
    }

    private static final String CURRENT_USERS = "case when " + ProductSql.managedOn("p", ":d")
            + " then (select count(*) from product_usage u join organisation o on o.id = u.organisation_id"
            + " where u.product_id = p.id and " + UsageSql.activeOn("u", ":d") + " and " + OrganisationSql.existsOn("o", ":d")
            + ") else 0 end";

    private final JdbcClient jdbc;

    CatalogueSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the products the query finds; {@code firstUsers} of each (0 for none) are added in one more query. */
    public Page<Entry> search(Query query, LocalDate date, Pageable page, int firstUsers) {
        Map<String, Object> params = new HashMap<>();
        params.put("d", date);
        var where = new StringBuilder(" where 1 = 1");
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (lower(x.name) like :text escape '\\' or lower(x.summary) like :text escape '\\')");
            params.put("text", "%" + likeEscaped(query.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.owner() != null && !query.owner().isBlank()) {
            where.append(" and x.owner_key = :owner");
            params.put("owner", query.owner().strip());
        }
        if (query.licence() != null && !query.licence().isBlank()) {
            where.append(" and ").append(ProductSql.licenceIs("x", ":licence"));
            params.put("licence", query.licence().strip());
        }
        if (query.inUse() != null) {
            where.append(query.inUse() ? " and x.users > 0" : " and x.users = 0");
        }
        String products = "(select p.id, p.product_key, p.name, p.sort_key, p.summary, "
                + ProductSql.englishSummary("p") + " as summary_en, ow.org_key as owner_key,"
                + " ow.name as owner_name, p.repository, p.licence, p.website, p.adopted_on, p.retired_on, case when "
                + ProductSql.managedOn("p", ":d") + " then 1 else 0 end as managed, " + CURRENT_USERS + " as users"
                + " from product p left join organisation ow on ow.id = p.owner_id) x";
        long total = jdbc.sql("select count(*) from " + products + where).params(params).query(Long.class).single();
        if (page.getOffset() >= total) {
            return new PageImpl<>(List.of(), page, total);
        }
        String order = query.order() == Order.USERS ? " order by x.users desc, x.sort_key, x.name, x.product_key"
                : " order by x.sort_key, x.name, x.product_key";
        List<Long> ids = new ArrayList<>();
        List<Entry> entries = jdbc.sql("select x.* from " + products + where + order + " limit :limit offset :offset")
                .params(params).param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query((rs, n) -> {
                    ids.add(rs.getLong("id"));
                    String ownerKey = rs.getString("owner_key");
                    return new Entry(rs.getString("product_key"), rs.getString("name"), rs.getString("summary"),
                            rs.getString("summary_en"),
                            ownerKey == null ? null : new OrganisationRef(ownerKey, rs.getString("owner_name")),
                            rs.getString("repository"), rs.getString("licence"), rs.getString("website"),
                            rs.getObject("adopted_on", LocalDate.class), rs.getObject("retired_on", LocalDate.class),
                            rs.getInt("managed") == 1, rs.getInt("users"), List.of());
                }).list();
        if (firstUsers > 0 && !ids.isEmpty()) {
            var users = firstUsers(ids, date, firstUsers);
            entries = entries.stream().map(e -> new Entry(e.key(), e.name(), e.summary(), e.summaryEn(), e.owner(),
                    e.repository(),
                    e.licence(), e.website(), e.adoptedOn(), e.retiredOn(), e.managed(), e.users(),
                    users.getOrDefault(e.key(), List.of()))).toList();
        }
        return new PageImpl<>(entries, page, total);
    }

    /** The products most organisations use now, for the front page. */
    public List<Entry> mostUsed(LocalDate date, int count) {
        return search(new Query(null, null, null, true, Order.USERS), date, Pageable.ofSize(count), 0).getContent();
    }

    /** The owners the catalogue's products name, for the filter form. */
    public List<OrganisationRef> owners() {
        return jdbc.sql("select distinct ow.org_key, ow.name, ow.sort_key from product p join organisation ow"
                        + " on ow.id = p.owner_id order by ow.sort_key, ow.name, ow.org_key")
                .query((rs, n) -> new OrganisationRef(rs.getString(1), rs.getString(2))).list();
    }

    /** The licences the catalogue's products have, for the filter form. */
    public List<String> licences() {
        return jdbc.sql("select distinct licence from product where licence is not null order by licence")
                .query(String.class).list();
    }

    private Map<String, List<OrganisationRef>> firstUsers(List<Long> productIds, LocalDate date, int count) {
        Map<String, List<OrganisationRef>> users = new LinkedHashMap<>();
        jdbc.sql("select product_key, org_key, name from (select p.product_key, o.org_key, o.name, row_number() over"
                        + " (partition by p.id order by o.sort_key, o.name, o.org_key) as place from product_usage u"
                        + " join organisation o on o.id = u.organisation_id join product p on p.id = u.product_id"
                        + " where p.id in (:ids) and " + UsageSql.currentOn("u", "o", "p", ":d") + ") ranked"
                        + " where place <= :count order by product_key, place")
                .param("ids", productIds).param("d", date).param("count", count)
                .query(rs -> {
                    users.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new OrganisationRef(rs.getString(2), rs.getString(3)));
                });
        return users;
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
