package dk.samvirke.statistics;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The association's published figures as of one date; see interfaces.md §3 for each definition.
 * Built in one place ({@link #of}) from the counts, so that the figures of §3.1 (stages, events,
 * security notices) join as fields when their modules come, without touching the callers.
 */
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
        int partTime,
        @JsonIgnore Map<String, Object> more) {

    public Statistics {
        more = Collections.unmodifiableMap(new LinkedHashMap<>(more));
    }

    /** The counts the definitions give on a date; the share and the average are computed from them. */
    public record Counts(int municipalities, int memberMunicipalities, int members, int products, int productsInUse,
            int municipalUsages, int participants, int participatingMunicipalities, int fullTime, int partTime) {
    }

    public static Statistics of(LocalDate asOf, Counts c) {
        return new Statistics(asOf, c.municipalities(), c.memberMunicipalities(),
                percent(c.memberMunicipalities(), c.municipalities()), c.members(), c.products(), c.productsInUse(),
                c.municipalUsages(), average(c.municipalUsages(), c.municipalities()), c.participants(),
                c.participatingMunicipalities(), c.fullTime(), c.partTime(), Map.of());
    }

    /** These figures with the §3.1 figures of the modules that own them ({@link FigureSource}) after them. */
    public Statistics with(Map<String, Object> figures) {
        var all = new LinkedHashMap<>(more);
        all.putAll(figures);
        return new Statistics(asOf, municipalities, memberMunicipalities, memberMunicipalityShare, members, products,
                productsInUse, municipalUsages, averageProductsPerMunicipality, participants,
                participatingMunicipalities, fullTime, partTime, all);
    }

    /** The §3.1 figures, written as fields of their own in the JSON answer. */
    @JsonAnyGetter
    public Map<String, Object> figures() {
        return more;
    }

    /** Members that are not municipalities: the headline names them apart. */
    public int otherMembers() {
        return members - memberMunicipalities;
    }

    /** 100 × part / whole, rounded half up to an integer; 0 when there is no whole. */
    static int percent(int part, int whole) {
        if (whole == 0) {
            return 0;
        }
        return BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).intValueExact();
    }

    /** total / count, rounded half up to one decimal; 0.0 when there is no count. */
    static BigDecimal average(int total, int count) {
        if (count == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }
}
