package dk.samvirke.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who administers an organisation: the enabled accounts holding the organisation-admin role for it (§6), by
 * address — whom another module tells about the organisation (a security notice). Not for public answers.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationAdmins {

    private final JdbcClient jdbc;

    OrganisationAdmins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For each of the organisations that has any, its admins' addresses in alphabetical order. */
    public Map<String, List<String>> addressesOf(Collection<String> organisationKeys) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (organisationKeys.isEmpty()) {
            return result;
        }
        jdbc.sql("select distinct o.org_key, a.email from account a join account_role r on r.account_id = a.id"
                        + " join organisation o on o.id = r.organisation_id where r.role = 'organisation-admin'"
                        + " and a.enabled = true and o.org_key in (:keys) order by o.org_key, a.email")
                .param("keys", organisationKeys)
                .query(rs -> {
                    result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return result;
    }
}
