package dk.samvirke.accounts;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One browser's worth of HTTP: a cookie jar, redirects not followed (so a test sees each step), and the
 * CSRF token read from the last page the way a form would carry it.
 */
final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private final String base;
    private String csrf;

    WebSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static WebSession at(int port) {
        return new WebSession("http://localhost:" + port);
    }

    Page get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    /** Posts the form fields with the CSRF token of the last page fetched, as the page's form would. */
    Page post(String path, String... fields) {
        return postWithHeaders(path, new String[0], fields);
    }

    Page postWithHeaders(String path, String[] headers, String... fields) {
        String body = Stream.concat(csrf == null ? Stream.empty() : Stream.of("_csrf", csrf), Stream.of(fields))
                .collect(pairs());
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    /** A post without the token, as a forged cross-site form would send it. */
    Page postWithoutCsrf(String path, String... fields) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Stream.of(fields).collect(pairs()))));
    }

    /** A JSON request with this browser's cookies, as a page's script would send it (no CSRF token unless given). */
    Page json(String method, String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    /** Follows the redirect of the last answer, as a browser would. */
    Page follow(Page page) {
        return get(page.location());
    }

    String sessionId() {
        return cookie("SESSION");
    }

    /** The id the session store knows: Spring Session's cookie carries it Base64-encoded. */
    String storedSessionId() {
        String cookie = sessionId();
        return cookie == null ? null : new String(java.util.Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }

    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    void setSessionId(String value) {
        cookies.getCookieStore().removeAll();
        var cookie = new HttpCookie("SESSION", value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private Page send(HttpRequest.Builder request, String... headers) {
        // What a browser asks for: servers answer pages (and redirects to sign-in) only to those who accept HTML.
        request.setHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var page = new Page(response.statusCode(), response.headers().map(), response.body());
            var token = CSRF.matcher(page.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return page;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static java.util.stream.Collector<String, ?, String> pairs() {
        return Collectors.collectingAndThen(Collectors.toList(), list -> {
            var out = new StringBuilder();
            for (int i = 0; i + 1 < list.size(); i += 2) {
                if (!out.isEmpty()) {
                    out.append('&');
                }
                out.append(URLEncoder.encode(list.get(i), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(list.get(i + 1), StandardCharsets.UTF_8));
            }
            return out.toString();
        });
    }

    record Page(int status, java.util.Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        List<String> all(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        /** The redirect target as a path, whether the server sent it absolute or not. */
        String location() {
            String location = header("Location");
            return location == null ? null : location.replaceFirst("^https?://[^/]+", "");
        }

        /** True when the answer tells the browser to drop the cookie at once. */
        boolean deletesCookie(String name) {
            String cookie = setCookie(name);
            return cookie != null && (cookie.contains("Max-Age=0") || cookie.contains("Expires=Thu, 01 Jan 1970"));
        }

        String setCookie(String name) {
            return all("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse(null);
        }
    }
}
