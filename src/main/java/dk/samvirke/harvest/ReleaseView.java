package dk.samvirke.harvest;

import java.time.LocalDate;

/** A tag of a harvested repository. */
public record ReleaseView(String name, String commit, LocalDate date) {
}
