/**
 * Statistics: every figure of interfaces.md §3 as of any date, computed by the database
 * ({@link dk.samvirke.statistics.StatisticsService}: one date, or a series of dates), and the series behind
 * the charts ({@link dk.samvirke.statistics.StatisticsCharts}). {@link dk.samvirke.statistics.StatisticsCalculator}
 * states the definitions in plain Java over records in memory: the oracle the database's figures are
 * tested against.
 */
package dk.samvirke.statistics;
