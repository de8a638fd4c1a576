package dk.samvirke.statistics;

import java.time.LocalDate;
import java.util.Map;

/**
 * A module's own figures of interfaces.md §3.1 (stages, events, security notices): the module that owns
 * the records computes them, by the database, and the statistics answer carries them beside the §3 figures
 * in every answer and every step of a series. Implement as a Spring bean.
 */
public interface FigureSource {

    /**
     * The figures on the date, by their field name in §3.1 ({@code "events"} → 12); a value is a number or a
     * map of numbers ({@code "productsByStage"} → {@code {"sandbox": 2, …}}), in a stable order.
     */
    Map<String, Object> figuresOn(LocalDate date);
}
