package dk.samvirke.search;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The one search over everything: each {@link SearchableKind} is asked with the same words. Results are built
 * from the index alone (stored fields, their matches marked by {@link Marking}, no entity loaded), so a search
 * takes no database connection: each kind's query runs outside any transaction, on an entity manager of its own
 * that never needs one. The kinds' queries are independent, so they run side by side ({@link #search}).
 */
@Service
public class SiteSearch {

    private final EntityManagerFactory entityManagerFactory;
    private final List<SearchableKind> kinds;
    private final ExecutorService helpers;

    SiteSearch(EntityManagerFactory entityManagerFactory, List<SearchableKind> kinds) {
        this.entityManagerFactory = entityManagerFactory;
        this.kinds = kinds.stream().sorted(Comparator.comparingInt(SearchableKind::order)).toList();
        AtomicInteger threads = new AtomicInteger();
        this.helpers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), task -> {
            Thread thread = new Thread(task, "site-search-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        helpers.shutdownNow();
    }

    /** The kinds' names in display order. */
    public List<String> kinds() {
        return kinds.stream().map(SearchableKind::name).toList();
    }

    /**
     * Every kind's count, and the page of each kind asked for. Each kind is its own query: the helper threads
     * take kinds while this thread runs, in order, every kind no helper has started, so the answer comes when
     * the slowest kinds are done rather than after all of them in turn, and a search never waits for a busy
     * helper to start.
     */
    public SearchResults search(SearchRequest request) {
        if (request.kind() != null && !kinds().contains(request.kind())) {
            throw new InvalidSearchException("kind", "Parameter 'kind' must be one of " + String.join(", ", kinds())
                    + ", was '" + request.kind() + "'");
        }
        CallersContext context = CallersContext.capture();
        List<FutureTask<Answer>> tasks = kinds.stream()
                .map(kind -> new FutureTask<>(() -> context.run(() -> ask(kind, request))))
                .toList();
        tasks.stream().skip(1).forEach(helpers::execute);
        tasks.forEach(FutureTask::run); // does nothing for a task a helper has started
        Map<String, Long> counts = new LinkedHashMap<>();
        List<SearchGroup> groups = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            Answer answer = result(tasks.get(i));
            counts.put(kinds.get(i).name(), answer.count());
            if (answer.group() != null) {
                groups.add(answer.group());
            }
        }
        return new SearchResults(request, counts, groups);
    }

    /** One kind's count, and its page when the request asks for it. */
    private Answer ask(SearchableKind kind, SearchRequest request) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            if (request.kind() == null || request.kind().equals(kind.name())) {
                SearchGroup group = page(session, kind, request);
                return new Answer(group.total(), group);
            }
            return new Answer(session.search(kind.entityType())
                    .where(f -> predicate(f, kind, request))
                    .fetchTotalHitCount(), null);
        }
    }

    private record Answer(long count, SearchGroup group) {
    }

    private static Answer result(FutureTask<Answer> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The search was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * What a kind may read of the request's thread: who asks (a kind's filter may hide what the reader may not
     * see) and the locale. Carried to the helper thread that asks the kind, and removed after.
     */
    private record CallersContext(SecurityContext security, LocaleContext locale) {

        static CallersContext capture() {
            return new CallersContext(SecurityContextHolder.getContext(), LocaleContextHolder.getLocaleContext());
        }

        <T> T run(Supplier<T> work) {
            SecurityContext previousSecurity = SecurityContextHolder.getContext();
            LocaleContext previousLocale = LocaleContextHolder.getLocaleContext();
            SecurityContextHolder.setContext(security);
            LocaleContextHolder.setLocaleContext(locale);
            try {
                return work.get();
            } finally {
                SecurityContextHolder.setContext(previousSecurity);
                LocaleContextHolder.setLocaleContext(previousLocale);
            }
        }
    }

    private static SearchGroup page(SearchSession session, SearchableKind kind, SearchRequest request) {
        // Only what a result shows is marked (Marking), and what is marked is not fetched twice.
        Set<String> marked = new LinkedHashSet<>();
        marked.add(kind.titleField());
        if (kind.partFields().containsKey(kind.titleField())) {
            marked.add(SearchFields.parts(kind.titleField()));
        }
        marked.addAll(kind.snippetFields());
        List<String> stored = kind.storedFields().stream().filter(field -> !marked.contains(field)).toList();
        List<String> texts = List.copyOf(marked);
        var result = session.search(kind.entityType())
                .select(f -> f.composite().from(projections(f, stored, texts)).asList())
                .where(f -> predicate(f, kind, request))
                .sort(f -> f.score())
                .fetch(Math.multiplyExact(request.page(), request.size()), request.size());
        Marking marking = Marking.of(kind, request.q());
        List<SearchHit> hits = result.hits().stream()
                .map(values -> kind.hit(document(values, stored, texts, marking)))
                .toList();
        return new SearchGroup(kind.name(), hits, request.page(), request.size(), result.total().hitCount());
    }

    /**
     * Every word must match in one of the fields (full-text, or a name's parts twin), weighted as the
     * kind says; a key or code equal to the whole query counts more.
     */
    private static PredicateFinalStep predicate(SearchPredicateFactory f, SearchableKind kind, SearchRequest request) {
        Map<String, Float> fields = new LinkedHashMap<>(kind.textFields());
        kind.partFields().forEach((field, weight) -> fields.put(SearchFields.parts(field), weight));
        var words = f.simpleQueryString();
        var entries = fields.entrySet().iterator();
        var first = entries.next();
        var step = words.field(first.getKey()).boost(first.getValue());
        while (entries.hasNext()) {
            var next = entries.next();
            step = step.field(next.getKey()).boost(next.getValue());
        }
        var matching = f.bool().should(step.matching(request.q()).defaultOperator(BooleanOperator.AND));
        if (!kind.exactFields().isEmpty()) {
            matching.should(f.match().fields(kind.exactFields().toArray(String[]::new)).matching(request.q()).boost(5f));
        }
        var filter = kind.filter(f, request);
        return filter.isEmpty() ? matching : f.bool().must(matching).filter(filter.get());
    }

    private static SearchProjection<?>[] projections(SearchProjectionFactory<?, ?> f, List<String> stored,
            List<String> texts) {
        List<SearchProjection<?>> projections = new ArrayList<>();
        projections.add(f.id().toProjection());
        // As indexed: codes, not the enums a value bridge made them from; a Markdown text as its plain text.
        stored.forEach(field -> projections.add(f.field(field, ValueModel.INDEX).toProjection()));
        // Every value: a product's descriptions are one per language.
        texts.forEach(field -> projections.add(f.field(field, String.class, ValueModel.INDEX).list().toProjection()));
        return projections.toArray(SearchProjection<?>[]::new);
    }

    private static SearchDocument document(List<?> values, List<String> stored, List<String> texts, Marking marking) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            fields.put(stored.get(i), values.get(1 + i));
        }
        Map<String, Highlighted> highlights = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            @SuppressWarnings("unchecked")
            List<String> text = (List<String>) values.get(1 + stored.size() + i);
            Highlighted highlighted = marking.mark(texts.get(i), text);
            if (!highlighted.isEmpty()) {
                highlights.put(texts.get(i), highlighted);
            }
        }
        return new SearchDocument(values.get(0), fields, highlights);
    }
}
