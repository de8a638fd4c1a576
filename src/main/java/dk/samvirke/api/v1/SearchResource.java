package dk.samvirke.api.v1;

import dk.samvirke.search.SearchGroup;
import dk.samvirke.search.SearchHit;
import dk.samvirke.search.SearchRequest;
import dk.samvirke.search.SearchResults;
import dk.samvirke.search.SiteSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The site search over every kind of record (interfaces.md §4), grouped by kind. */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "One search over products, organisations, public people profiles and the forum")
class SearchResource {

    private final SiteSearch search;

    SearchResource(SiteSearch search) {
        this.search = search;
    }

    /**
     * The answer (the words are not repeated: they may be an e-mail address): {@code counts} per kind (every kind), and per kind searched a page in the API's
     * {@code {items, page, size, total}} form, under {@code groups.KIND}.
     */
    record SearchAnswer(long total, Map<String, Long> counts, Map<String, PageResponse<SearchItem>> groups) {
    }

    /**
     * One result. {@code titleHtml} and {@code snippetHtml} are HTML in which everything is escaped
     * except {@code <mark>} around the matched words; {@code title} is the same as plain text.
     */
    record SearchItem(String kind, String key, String title, String titleHtml, String snippetHtml, String url,
            Map<String, String> details) {
    }

    @GetMapping
    @Operation(summary = "Search everything",
            description = "Words are matched with Danish stemming (\"opgraderingen\" finds \"opgradere\") and without regard"
                    + " to æ/ø/å spellings; names also by their parts and beginnings (\"loop\" finds OS2loop); all words must"
                    + " match (`\"…\"` for a phrase, `-word` to exclude, `word*` for a prefix). A forum topic is one result for its"
                    + " title and opening post; `posts` are the replies."
                    + " People are found only by their public profile (name, title, organisation), never by e-mail address.")
    SearchAnswer search(
            @Parameter(description = "The words, 1 to 200 characters") @RequestParam String q,
            @Parameter(description = "Only this kind: products, organisations, people, topics, posts") @RequestParam(required = false) String kind,
            @Parameter(description = "Only organisations of this type, and people of such organisations (municipality, region, …);"
                    + " products are not filtered") @RequestParam(required = false) String type,
            @Parameter(description = "0-based page of each kind's results") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Results per kind and page, at most 100") @RequestParam(defaultValue = "10") int size) {
        SearchResults results = search.search(new SearchRequest(q, kind, type, page, size));
        Map<String, PageResponse<SearchItem>> groups = new LinkedHashMap<>();
        for (SearchGroup group : results.groups()) {
            List<SearchItem> items = group.items().stream().map(SearchResource::item).toList();
            groups.put(group.kind(), new PageResponse<>(items, group.page(), group.size(), group.total()));
        }
        return new SearchAnswer(results.total(), results.counts(), groups);
    }

    private static SearchItem item(SearchHit hit) {
        return new SearchItem(hit.kind(), hit.key(), hit.title().text(), hit.title().html(),
                hit.snippet().isEmpty() ? null : hit.snippet().html(), hit.path(), hit.details());
    }
}
