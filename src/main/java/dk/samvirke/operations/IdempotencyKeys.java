package dk.samvirke.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on every API POST (interfaces.md §13, §14), for every endpoint at once: the first
 * answer is kept for 24 hours ({@link StoredAnswers}); the same key with the same request gets that answer
 * again (with {@code Idempotent-Replayed: true}) and changes nothing; the same key with another request is 422;
 * while the first is still running, 409. Keys belong to whoever sent them. Runs after Spring Security, so it
 * knows who that is ({@link OperationsFilters}); a server error is not kept, so the client may try again. Uploads (multipart) are left
 * alone: an import of the same package a second time changes nothing anyway.
 */
class IdempotencyKeys extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final Duration KEPT = Duration.ofHours(24);
    private static final int MAX_KEY = 200;

    private final StoredAnswers answers;

    IdempotencyKeys(StoredAnswers answers) {
        this.answers = answers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/")
                || type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > MAX_KEY || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            ProblemResponses.write(response, 400, "Invalid Idempotency-Key",
                    "An Idempotency-Key is 1 to " + MAX_KEY + " visible ASCII characters");
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (BodyTooLargeException e) {
            ProblemResponses.write(response, 413, "Request body too large", BodyTooLargeException.detail(e.limit()));
            return;
        }
        String scope = scope(request);
        String hash = hash(request, body);
        var earlier = answers.begin(scope, key, hash);
        if (earlier.isPresent()) {
            replay(earlier.get(), response);
            return;
        }
        var recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(new CachedBody(request, body), recorded);
            kept = recorded.getStatus() < 500 && answers.complete(scope, key, recorded);
        } finally {
            if (!kept) {
                answers.forget(scope, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private static void replay(StoredAnswers.Earlier earlier, HttpServletResponse response) throws IOException {
        switch (earlier.kind()) {
            case OTHER_REQUEST -> ProblemResponses.write(response, 422, "Idempotency-Key reused",
                    "This Idempotency-Key was used for another request in the last 24 hours; use a new key");
            case IN_PROGRESS -> ProblemResponses.write(response, 409, "Request in progress",
                    "A request with this Idempotency-Key is still being answered; try again in a moment");
            case ANSWERED -> {
                var answer = earlier.answer();
                response.setStatus(answer.status());
                response.setHeader("Idempotent-Replayed", "true");
                if (answer.contentType() != null) {
                    response.setContentType(answer.contentType());
                }
                if (answer.location() != null) {
                    response.setHeader("Location", answer.location());
                }
                if (answer.etag() != null) {
                    response.setHeader("ETag", answer.etag());
                }
                if (answer.body() != null) {
                    response.getOutputStream().write(answer.body());
                }
            }
        }
    }

    /** Who the key belongs to: the signed-in account or token, else the client's address. */
    private static String scope(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && authentication.getName() != null
                && !"anonymousUser".equals(authentication.getName())) {
            return authentication.getName().toLowerCase(Locale.ROOT);
        }
        return "address:" + request.getRemoteAddr();
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getRequestURI() + "?" + request.getQueryString() + "\n" + request.getContentType() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The request with its body read once, for the hash, and given again to the endpoint. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already read");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    java.nio.charset.Charset.forName(encoding)));
        }
    }
}
