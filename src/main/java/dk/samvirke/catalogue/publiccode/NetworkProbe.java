package dk.samvirke.catalogue.publiccode;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Optional online checks (URL reachability, remote files). Failures of any kind become a
 * message, never an exception: an unreachable host is a finding, as in the reference.
 */
class NetworkProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    /**
     * Made at the first online check rather than with the validator (at start): a client sets up TLS, the JDK's
     * trust store included, and most runs never go online.
     */
    private static final class Client {
        static final HttpClient INSTANCE = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Null when the URL answers 200 to a GET, else the reason in the reference's words. */
    String unreachableReason(String url) {
        try {
            GoUrl parsed = GoUrl.parse(url);
            if (parsed.scheme().isEmpty()) {
                return "missing URL scheme";
            }
        } catch (GoUrl.Invalid e) {
            return "HTTP GET failed for " + url + ": " + e.getMessage();
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(TIMEOUT)
                    .header("User-Agent", "samvirke-publiccode-validator")
                    .GET()
                    .build();
            HttpResponse<InputStream> response = Client.INSTANCE.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                body.readNBytes(64 * 1024);
            }
            if (response.statusCode() == 404) {
                return "HTTP GET failed for " + url + ": not found";
            }
            if (response.statusCode() != 200) {
                return "HTTP GET returned " + response.statusCode() + " for " + url + "; 200 was expected";
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "HTTP GET failed for " + url + ": interrupted";
        } catch (Exception e) {
            String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            return "HTTP GET failed for " + url + ": " + reason;
        }
    }
}
