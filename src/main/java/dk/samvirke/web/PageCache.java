package dk.samvirke.web;

import dk.samvirke.shared.RegistryVersion;
import dk.samvirke.shared.SecurityHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * HTTP caching of the busiest public answers — the home page, the catalogue, a product's page, and the API's
 * product list, product and statistics — for visitors who are not signed in (no session cookie, no
 * {@code Authorization}). Each answer carries a weak ETag made of the {@link RegistryVersion} and what the
 * answer depends on (address, query, language, {@code Accept}, htmx's request headers, today's date), with {@code Cache-Control:
 * no-cache}: a browser or proxy asks again each time and gets a 304 without the page being rendered. The
 * rendered bytes are kept too (a bounded least-recently-used map), so the next visitor of the same address
 * gets them without a query while the registry's version stands: any committed write raises it, on every
 * node within {@code samvirke.cache.version-check}. It runs early (after the database-outage and body-limit
 * filters, before the session and security filters), so a kept page costs no session lookup either.
 *
 * <p>Answers that set a cookie, bring an ETag of their own or are not 200 are passed on as they are and not
 * kept. When the version cannot be read (the database away), nothing is served from the cache.
 */
class PageCache extends OncePerRequestFilter {

    /** The pages and API answers that are kept: the home page, the catalogue and a product, in both languages. */
    private static final Pattern CACHED = Pattern.compile("/|/(produkter|products)(/[a-z0-9][a-z0-9-]*)?"
            + "|/api/v1/products(/[a-z0-9][a-z0-9-]*)?|/api/v1/statistics(/series)?");
    private static final List<String> NOT_KEPT_HEADERS = List.of(HttpHeaders.SET_COOKIE, HttpHeaders.CACHE_CONTROL,
            HttpHeaders.PRAGMA, HttpHeaders.EXPIRES, HttpHeaders.ETAG, HttpHeaders.CONTENT_LENGTH, "Transfer-Encoding");
    private static final String SESSION_COOKIE = "SESSION";

    private final RegistryVersion registryVersion;
    private final Clock clock;
    private final int maxEntries;
    private final long maxBytes;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final Map<String, ReentrantLock> rendering = new ConcurrentHashMap<>();
    private static final long WAIT_FOR_RENDERING_SECONDS = 10;

    PageCache(RegistryVersion registryVersion, Clock clock, int maxEntries, long maxBytes) {
        this.registryVersion = registryVersion;
        this.clock = clock;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    private record Entry(long version, byte[] body, List<String[]> headers) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method))
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || hasCookie(request, SESSION_COOKIE)
                || signedIn()
                || !CACHED.matcher(request.getRequestURI()).matches();
    }

    /** Someone already known before the security filters ran (a test's mock sign-in, another filter's doing). */
    private static boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var current = registryVersion.current();
        if (current.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long version = current.getAsLong();
        String key = key(request);
        String etag = "W/\"" + version + "-" + Integer.toHexString(key.hashCode()) + "\"";
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        Entry entry = get(key);
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag.substring(2)) || ifNoneMatch.strip().equals("*"))
                && (entry == null || entry.version == version)) {
            if (entry != null) {
                entry.headers.forEach(h -> response.addHeader(h[0], h[1]));
            } else {
                SecurityHeaders.apply(response);
            }
            revalidate(response, etag);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (entry != null && entry.version == version) {
            serve(request, response, entry, etag);
            return;
        }
        // One rendering per address at a time: the others wait for it (a crowd arriving at a page nobody has
        // asked for since the last write would otherwise render it once each and exhaust the connection pool).
        ReentrantLock lock = rendering.computeIfAbsent(key, k -> new ReentrantLock());
        boolean locked = false;
        try {
            locked = lock.tryLock(WAIT_FOR_RENDERING_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Entry rendered = get(key);
            if (locked && rendered != null && rendered.version == version) {
                serve(request, response, rendered, etag);
                return;
            }
            render(request, response, chain, key, version, etag);
        } finally {
            if (locked) {
                lock.unlock();
                rendering.remove(key, lock);
            }
        }
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, Entry entry, String etag)
            throws IOException {
        entry.headers.forEach(h -> response.addHeader(h[0], h[1]));
        revalidate(response, etag);
        response.setContentLength(entry.body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(entry.body);
        }
    }

    private void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
            long version, String etag) throws IOException, ServletException {
        var wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && !response.containsHeader(HttpHeaders.SET_COOKIE)
                && !response.containsHeader(HttpHeaders.ETAG) && !"HEAD".equals(request.getMethod())) {
            List<String[]> headers = new ArrayList<>();
            for (String name : response.getHeaderNames()) {
                if (NOT_KEPT_HEADERS.stream().noneMatch(name::equalsIgnoreCase)) {
                    response.getHeaders(name).forEach(value -> headers.add(new String[] {name, value}));
                }
            }
            if (wrapper.getContentType() != null && !response.containsHeader(HttpHeaders.CONTENT_TYPE)) {
                headers.add(new String[] {HttpHeaders.CONTENT_TYPE, wrapper.getContentType()});
            }
            put(key, new Entry(version, wrapper.getContentAsByteArray(), List.copyOf(headers)));
            revalidate(response, etag);
        }
        wrapper.copyBodyToResponse();
    }


    /** Kept by browsers and proxies, but asked again each time (a 304 while the version stands). */
    private static void revalidate(HttpServletResponse response, String etag) {
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(HttpHeaders.PRAGMA, null);
        response.setHeader(HttpHeaders.EXPIRES, null);
        response.setHeader(HttpHeaders.VARY, "Accept, Accept-Language, Cookie, HX-Request, HX-Target");
    }

    /** What an answer depends on besides the registry. */
    private String key(HttpServletRequest request) {
        String lang = cookie(request, "samvirke-lang");
        return request.getRequestURI() + '?' + (request.getQueryString() == null ? "" : request.getQueryString())
                + '|' + (lang == null ? "" : lang)
                // Pages are HTML whatever the Accept header says; the API negotiates.
                + '|' + (request.getRequestURI().startsWith("/api/") ? header(request, HttpHeaders.ACCEPT) : "")
                + '|' + header(request, HttpHeaders.ACCEPT_LANGUAGE) + '|' + header(request, "HX-Request")
                + '|' + header(request, "HX-Target") + '|' + LocalDate.now(clock);
    }

    private Entry get(String key) {
        return entries.get(key);
    }

    /** Kept; when full, entries of older versions go first, then any (the next visitors render them again). */
    private void put(String key, Entry entry) {
        if (entry.body.length > maxBytes / 8) {
            return;
        }
        Entry old = entries.put(key, entry);
        bytes.addAndGet(entry.body.length - (old == null ? 0 : old.body.length));
        if (entries.size() > maxEntries || bytes.get() > maxBytes) {
            entries.entrySet().removeIf(e -> e.getValue().version < entry.version);
            var any = entries.entrySet().iterator();
            while ((entries.size() > maxEntries / 2 || bytes.get() > maxBytes / 2) && any.hasNext()) {
                any.next();
                any.remove();
            }
            bytes.set(entries.values().stream().mapToLong(e -> e.body.length).sum());
        }
    }

    private static String header(HttpServletRequest request, String name) {
        String value = request.getHeader(name);
        return value == null ? "" : value;
    }

    private static boolean hasCookie(HttpServletRequest request, String name) {
        return cookie(request, name) != null;
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (c.getName().equals(name)) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Before Spring Session (MIN + 50) and Spring Security (-100); after the database-outage check (MIN + 10). */
        @Bean
        FilterRegistrationBean<PageCache> pageCache(RegistryVersion version, Clock clock,
                @Value("${samvirke.cache.pages:500}") int entries,
                @Value("${samvirke.cache.page-bytes:33554432}") long bytes) {
            var registration = new FilterRegistrationBean<>(new PageCache(version, clock, entries, bytes));
            registration.setOrder(Integer.MIN_VALUE + 30);
            return registration;
        }
    }
}
