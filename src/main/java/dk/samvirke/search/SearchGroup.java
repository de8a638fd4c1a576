package dk.samvirke.search;

import java.util.List;

/** One kind's page of results and how many there are in all. */
public record SearchGroup(String kind, List<SearchHit> items, int page, int size, long total) {
}
