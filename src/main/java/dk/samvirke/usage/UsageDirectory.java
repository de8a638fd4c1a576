package dk.samvirke.usage;

import dk.samvirke.catalogue.ProductRef;
import dk.samvirke.organisations.OrganisationRef;
import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.shared.CodedEnum;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
 * Who uses what, as of a date, asked by the database: a product's users (paged), an organisation's
 * products, the products organisations use. "Current" is {@link UsageSql#currentOn}.
 */
@Service
@Transactional(readOnly = true)
public class UsageDirectory {

    private static final String VIEW = "select o.org_key, p.product_key, u.status, u.product_version, u.since, u.until,"
            + " u.contact_email, u.version from product_usage u join organisation o on o.id = u.organisation_id"
            + " join product p on p.id = u.product_id";
    private static final String CURRENT = "case when " + UsageSql.currentOn("u", "o", "p", ":d") + " then 1 else 0 end";

    private final JdbcClient jdbc;

    UsageDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A product's usages, current ones first, each group in Danish order of the organisations' names. The version
     * only when {@link UsagePolicy#versionsShown()} (signed in): else null.
     */
    public Page<ProductUse> ofProduct(String productKey, LocalDate date, Pageable page) {
        long total = jdbc.sql("select count(*) from product_usage u join product p on p.id = u.product_id"
                + " where p.product_key = :product").param("product", productKey).query(Long.class).single();
        if (page.getOffset() >= total) {
            return new PageImpl<>(List.of(), page, total);
        }
        boolean shown = UsagePolicy.versionsShown();
        var items = jdbc.sql("select o.org_key, o.name, o.type, u.status, u.product_version, u.since, u.until, u.id, "
                        + CURRENT + " as is_current from product_usage u join organisation o on o.id = u.organisation_id"
                        + " join product p on p.id = u.product_id where p.product_key = :product"
                        + " order by is_current desc, o.sort_key, o.name, o.org_key limit :limit offset :offset")
                .param("product", productKey).param("d", date).param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> new ProductUse(new OrganisationRef(rs.getString(1), rs.getString(2)),
                        code(OrganisationType.class, rs.getString(3)), code(UsageStatus.class, rs.getString(4)),
                        shown ? rs.getString(5) : null, date(rs, 6), date(rs, 7), rs.getInt(9) == 1, rs.getLong(8)))
                .list();
        return new PageImpl<>(items, page, total);
    }

    /** How many usages of the product count on the date. */
    public int currentUsersOf(String productKey, LocalDate date) {
        return jdbc.sql("select count(*) from product_usage u join organisation o on o.id = u.organisation_id"
                        + " join product p on p.id = u.product_id where p.product_key = :product and "
                        + UsageSql.currentOn("u", "o", "p", ":d"))
                .param("product", productKey).param("d", date).query(Integer.class).single();
    }

    /**
     * Every product the organisation has recorded, in Danish order of the products' names; the version as in
     * {@link #ofProduct}.
     */
    public List<OrganisationUse> ofOrganisation(String organisationKey, LocalDate date) {
        boolean shown = UsagePolicy.versionsShown();
        return jdbc.sql("select p.product_key, p.name, u.status, u.product_version, u.since, u.until, u.id, " + CURRENT
                        + " from product_usage u join organisation o on o.id = u.organisation_id"
                        + " join product p on p.id = u.product_id where o.org_key = :organisation"
                        + " order by p.sort_key, p.name, p.product_key")
                .param("organisation", organisationKey).param("d", date)
                .query((rs, n) -> new OrganisationUse(new ProductRef(rs.getString(1), rs.getString(2)),
                        code(UsageStatus.class, rs.getString(3)), shown ? rs.getString(4) : null, date(rs, 5), date(rs, 6),
                        rs.getInt(8) == 1, rs.getLong(7)))
                .list();
    }

    /** For each of the organisations, the products it currently uses, in Danish order (one query for all). */
    public Map<String, List<ProductRef>> productsInUse(Collection<String> organisationKeys, LocalDate date) {
        Map<String, List<ProductRef>> result = new LinkedHashMap<>();
        if (organisationKeys.isEmpty()) {
            return result;
        }
        jdbc.sql("select o.org_key, p.product_key, p.name from product_usage u join organisation o on o.id = u.organisation_id"
                        + " join product p on p.id = u.product_id where o.org_key in (:keys) and "
                        + UsageSql.currentOn("u", "o", "p", ":d") + " order by p.sort_key, p.name, p.product_key")
                .param("keys", organisationKeys).param("d", date)
                .query(rs -> {
                    result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new ProductRef(rs.getString(2), rs.getString(3)));
                });
        return result;
    }

    /**
     * The usages of a product that count on the date, with the version run and the contact: whom to tell
     * about the product (a security notice, a question). Not for public answers: it carries e-mail addresses.
     */
    public List<UsageView> currentOf(String productKey, LocalDate date) {
        return jdbc.sql(VIEW + " where p.product_key = :product and " + UsageSql.currentOn("u", "o", "p", ":d")
                        + " order by o.org_key").param("product", productKey).param("d", date)
                .query(UsageDirectory::view).list();
    }

    public Optional<UsageView> find(String organisationKey, String productKey) {
        return jdbc.sql(VIEW + " where o.org_key = :organisation and p.product_key = :product")
                .param("organisation", organisationKey).param("product", productKey).query(UsageDirectory::view).optional();
    }

    private static UsageView view(ResultSet rs, int n) throws SQLException {
        return new UsageView(rs.getString(1), rs.getString(2), code(UsageStatus.class, rs.getString(3)), rs.getString(4),
                date(rs, 5), date(rs, 6), rs.getString(7), rs.getLong(8));
    }

    static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static <E extends Enum<E> & CodedEnum> E code(Class<E> type, String code) {
        return CodedEnum.fromCode(type, code).orElseThrow();
    }
}
