package dk.samvirke.security;

import static dk.samvirke.support.TestAccounts.member;
import static dk.samvirke.support.TestAccounts.organisationAdmin;
import static dk.samvirke.support.TestAccounts.productManager;

import dk.samvirke.catalogue.Product;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import dk.samvirke.usage.UsageStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A product with usages on carefully chosen versions, for the range {@link #RANGE}: affected, possibly affected,
 * not affected, not in use; and accounts to act as (bearer tokens).
 */
final class NoticeScenario {

    static final String RANGE = ">=2.0.0 <2.4.3 || =1.9.9";
    static final String BODY = """
            {"title": "Indsendte formularer kan læses af andre", "severity": "high", "affected": ">=2.0.0 <2.4.3 || =1.9.9",
             "fixed": "2.4.3", "description": "En fejl i **adgangskontrollen**.", "aliases": ["cve-2026-12345"]}
            """;

    final Map<String, String> tokens = new LinkedHashMap<>();
    Product product;
    Product other;

    static NoticeScenario build(JdbcTemplate jdbc, RegistryFixtures fixtures, TestAccounts accounts) {
        RegistryCleaner.clean(jdbc);
        var s = new NoticeScenario();
        Map<String, Organisation> orgs = new LinkedHashMap<>();
        for (String key : new String[] {"aarhus", "odense", "koebenhavn", "vejle", "aalborg", "esbjerg", "horsens",
                "silkeborg", "roskilde"}) {
            orgs.put(key, fixtures.municipality(key, key.substring(0, 1).toUpperCase() + key.substring(1) + " Kommune",
                    String.valueOf(100 + orgs.size()), null));
        }
        s.product = fixtures.product("os2forms", "OS2forms", null);
        s.other = fixtures.product("os2loop", "OS2loop", null);
        fixtures.usage(orgs.get("aarhus"), s.product, UsageStatus.PRODUCTION, "2.4.2");        // affected
        fixtures.usage(orgs.get("odense"), s.product, UsageStatus.PRODUCTION, "2.10.0");       // not: 2.10 > 2.4.3
        fixtures.usage(orgs.get("koebenhavn"), s.product, UsageStatus.PILOT, "ukendt");        // possibly
        fixtures.usage(orgs.get("vejle"), s.product, UsageStatus.PRODUCTION, null);            // possibly
        fixtures.usage(orgs.get("aalborg"), s.product, UsageStatus.PRODUCTION, "v1.9.9");      // affected (=1.9.9)
        fixtures.usage(orgs.get("esbjerg"), s.product, UsageStatus.DISCONTINUED, "2.4.0");     // not in use
        fixtures.usage(orgs.get("horsens"), s.product, UsageStatus.PLANNED, "2.4.0");          // not in use
        fixtures.usage(orgs.get("silkeborg"), s.product, UsageStatus.PRODUCTION, "2.4.3-rc.1"); // affected (pre-release)
        fixtures.usage(orgs.get("roskilde"), s.other, UsageStatus.PRODUCTION, "2.4.2");        // another product
        s.tokens.put("manager", accounts.bearer("pm@os2.eu", null, productManager("os2forms")));
        s.tokens.put("otherManager", accounts.bearer("pm@os2loop.dk", null, productManager("os2loop")));
        s.tokens.put("admin", accounts.bearer("sek@os2.eu", null, TestAccounts.admin()));
        // Aarhus: its usage's contact is also one of its admins (told once), and another admin
        s.tokens.put("aarhusContact", accounts.bearer("it@aarhus.dk", "aarhus", organisationAdmin("aarhus")));
        s.tokens.put("aarhus", accounts.bearer("anne@aarhus.dk", "aarhus", organisationAdmin("aarhus")));
        s.tokens.put("aarhusMember", accounts.bearer("m@aarhus.dk", "aarhus", member()));
        s.tokens.put("odense", accounts.bearer("ole@odense.dk", "odense", organisationAdmin("odense")));
        s.tokens.put("koebenhavn", accounts.bearer("kim@kk.dk", "koebenhavn", organisationAdmin("koebenhavn")));
        s.tokens.put("esbjerg", accounts.bearer("eva@esbjerg.dk", "esbjerg", organisationAdmin("esbjerg")));
        s.tokens.put("roskilde", accounts.bearer("rie@roskilde.dk", "roskilde", organisationAdmin("roskilde")));
        return s;
    }

    String token(String who) {
        return tokens.get(who);
    }
}
