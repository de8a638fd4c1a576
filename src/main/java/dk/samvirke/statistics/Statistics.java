package dk.samvirke.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The association's published figures as of one date; see interfaces.md §3 for each definition. */
public record Statistics(
        LocalDate asOf,
        int municipalities,
        int memberMunicipalities,
        int memberMunicipalityShare,
        int members,
        int products,
        int productsInUse,
        int municipalUsages,
        BigDecimal averageProductsPerMunicipality,
        int participants,
        int participatingMunicipalities,
        int fullTime,
        int partTime) {
}
