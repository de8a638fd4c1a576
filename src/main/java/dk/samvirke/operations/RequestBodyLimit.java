package dk.samvirke.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API request bodies (JSON, YAML) over {@code samvirke.limits.api-body} (1 MiB) are refused with 413 before
 * they are read into memory: at once when the declared length says so, else as soon as the bytes read pass
 * the limit (a chunked body). Uploads (multipart) have their own limit ({@code spring.servlet.multipart.max-request-size},
 * and the import's own): an upload that declares more is refused here too, in the API's words, before Tomcat would
 * read 50 MB only to fail it and close the connection in the middle of its answer.
 */
@Component
@Order(Integer.MIN_VALUE + 20)
class RequestBodyLimit extends OncePerRequestFilter {

    private final long limit;
    private final long uploadLimit;

    RequestBodyLimit(@Value("${samvirke.limits.api-body:1MB}") DataSize limit,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize uploadLimit) {
        this.limit = limit.toBytes();
        this.uploadLimit = uploadLimit.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            if (request.getContentLengthLong() > uploadLimit) {
                tooLarge(response, uploadLimit);
                return;
            }
            chain.doFilter(request, response); // a chunked upload meets Spring's own limit as it is parsed
            return;
        }
        if (request.getContentLengthLong() > limit) {
            tooLarge(response, limit);
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    private static void tooLarge(HttpServletResponse response, long limit) throws IOException {
        // The body stays unread: the connection closes rather than swallow it.
        response.setHeader("Connection", "close");
        ProblemResponses.write(response, 413, "Request body too large", BodyTooLargeException.detail(limit));
    }

    /** The request with a body that stops being readable past the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
