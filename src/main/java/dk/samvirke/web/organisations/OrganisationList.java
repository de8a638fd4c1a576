package dk.samvirke.web.organisations;

import dk.samvirke.web.Pagination;
import java.time.LocalDate;
import java.util.List;

/** One page of the organisation list. */
public record OrganisationList(OrganisationCriteria criteria, List<Row> organisations, Pagination pagination,
        List<String> types) {

    /**
     * {@code type} is the code; {@code memberSince} the start of today's period of membership;
     * {@code productsUsed} counts products in current use today; {@code dissolved}: no longer exists.
     */
    public record Row(String key, String name, String type, String municipalityCode, String regionKey,
            String regionName, boolean member, LocalDate memberSince, int productsUsed, boolean dissolved) {
    }
}
