package dk.samvirke.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * The numbers behind the charts of the statistics page: the page renders them as tables, and
 * {@code /statistik/data} hands the same record to the charts as JSON.
 *
 * @param perProduct    the most used managed products, at most {@link StatisticsCharts#PRODUCTS_SHOWN}
 * @param otherProducts how many more products the community manages on the date (the products file has them all)
 */
public record ChartData(LocalDate asOf, List<TrendPoint> trend, List<ProductUsage> perProduct, int otherProducts,
        List<MunicipalityUsage> perMunicipality) {

    /** The figures on one date: the end of a past year, or today for the last point. */
    public record TrendPoint(LocalDate date, String label, int members, int productsInUse, int municipalUsages) {
    }

    /** Municipalities using a managed product on the date. */
    public record ProductUsage(String key, String name, int municipalities) {
    }

    /**
     * Products a municipality uses on the date. {@code mapCode} is the municipality code as the map's
     * geometry spells it (four digits, zero-padded: "0101"); {@code code} as the registry does ("101").
     */
    public record MunicipalityUsage(String key, String name, String code, String mapCode, int products) {
    }
}
