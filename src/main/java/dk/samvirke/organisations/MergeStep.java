package dk.samvirke.organisations;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's part of merging one organisation into another (interfaces.md §8). The organisations
 * module dissolves the organisation and moves its membership; the modules that hold records of an
 * organisation (usage, people) implement this to move theirs, and are found as Spring beans. Every
 * step runs inside the merger's one transaction.
 */
public interface MergeStep {

    /**
     * What the merger does to this module's records — done when {@code apply} is true, only told
     * otherwise (the preview). The same request must give the same effects either way.
     */
    List<MergeEffect> merge(Request request, boolean apply);

    /** Merge {@code organisation} into {@code into} on {@code on}. */
    record Request(String organisation, String into, LocalDate on) {
    }
}
