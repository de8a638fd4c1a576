package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A database written before membership periods (V6) upgrades without losing anything: each organisation's
 * member_since/member_until becomes its one period, and organisations and products get their sort keys.
 */
class UpgradeToMembershipPeriodsTest {

    @Test
    void theV1MembershipBecomesAPeriodAndNamesGetTheirSortKeys() {
        // one connection throughout, as the application's pool keeps them: H2 evaluates a check constraint
        // in the session that created it
        var dataSource = new SingleConnectionDataSource("jdbc:h2:mem:upgrade-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("6").load().migrate();
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into organisation (id, org_key, name, type, country, municipality_code, member_since, member_until,"
                + " version, created_at, updated_at) values (1, 'aarhus', 'Aarhus Kommune', 'municipality', 'DK', '751',"
                + " date '2013-01-01', date '2018-01-01', 0, current_timestamp, current_timestamp)");
        jdbc.update("insert into organisation (id, org_key, name, type, country, version, created_at, updated_at)"
                + " values (2, 'aeroe', 'Ærø Kommune', 'municipality', 'DK', 0, current_timestamp, current_timestamp)");
        jdbc.update("insert into product (id, product_key, name, version, created_at, updated_at)"
                + " values (1, 'os2mo', 'OS2mo', 0, current_timestamp, current_timestamp)");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.queryForList("select organisation_id, since, until from membership")).singleElement()
                .satisfies(row -> {
                    assertThat(row.get("organisation_id")).isEqualTo(1L);
                    assertThat(row.get("since").toString()).isEqualTo(LocalDate.of(2013, 1, 1).toString());
                    assertThat(row.get("until").toString()).isEqualTo(LocalDate.of(2018, 1, 1).toString());
                });
        long membershipId = jdbc.queryForObject("select id from membership", Long.class);
        assertThat(jdbc.queryForObject("select next value for membership_seq", Long.class))
                .as("the ids Hibernate takes next lie beyond the migrated one").isGreaterThan(membershipId + 49);
        assertThat(jdbc.queryForList("select org_key from organisation order by sort_key", String.class))
                .as("Danish order: Ærø before Aarhus, whose aa is å").containsExactly("aeroe", "aarhus");
        assertThat(jdbc.queryForObject("select sort_key from product", String.class)).isNotBlank();
    }
}
