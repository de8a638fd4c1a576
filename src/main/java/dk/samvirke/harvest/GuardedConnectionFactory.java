package dk.samvirke.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.Proxy;
import java.net.URL;
import java.net.UnknownHostException;
import java.time.Duration;
import org.apache.http.client.HttpClient;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.config.SocketConfig;
import org.apache.http.conn.DnsResolver;
import org.apache.http.impl.client.HttpClients;
import org.eclipse.jgit.transport.http.HttpConnection;
import org.eclipse.jgit.transport.http.HttpConnectionFactory;
import org.eclipse.jgit.transport.http.apache.HttpClientConnection;

/**
 * JGit's HTTP connections, made to obey the {@link FetchPolicy} on every request — the first one
 * and every redirect JGit follows — and to connect only to addresses the policy checked: the
 * client's DNS resolver resolves each host once through the policy and the client connects to
 * exactly those addresses, so a rebinding DNS answer never reaches a socket. The client follows
 * no redirects itself, uses no proxy, and every response counts against the fetch's budget.
 */
final class GuardedConnectionFactory implements HttpConnectionFactory {

    private final FetchPolicy policy;
    private final long maxBytes;
    private final int connectMillis;
    private final int readMillis;
    /** Built at the first fetch, not at start: building it sets up TLS (the JDK's trust store), measurably. */
    private volatile HttpClient client;

    GuardedConnectionFactory(FetchPolicy policy, Duration connectTimeout, Duration readTimeout, long maxBytes) {
        this.policy = policy;
        this.maxBytes = maxBytes;
        this.connectMillis = (int) connectTimeout.toMillis();
        this.readMillis = (int) readTimeout.toMillis();
    }

    private HttpClient client() {
        HttpClient built = client;
        if (built == null) {
            synchronized (this) {
                built = client;
                if (built == null) {
                    built = build();
                    client = built;
                }
            }
        }
        return built;
    }

    private HttpClient build() {
        return HttpClients.custom()
                .setDnsResolver(new CheckingResolver(policy))
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(connectMillis)
                        .setSocketTimeout(readMillis)
                        .setConnectionRequestTimeout(connectMillis)
                        .setRedirectsEnabled(false)
                        .build())
                .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(readMillis).build())
                .setMaxConnTotal(32)
                .setMaxConnPerRoute(4)
                .build();
    }

    @Override
    public HttpConnection create(URL url) throws IOException {
        return create(url, null);
    }

    @Override
    public HttpConnection create(URL url, Proxy proxy) throws IOException {
        try {
            policy.checkForm(url.toString());
        } catch (RefusedUrlException e) {
            throw new RefusedConnectionException(e.getMessage());
        }
        String protocol = url.getProtocol();
        if (!"https".equals(protocol) && !"http".equals(protocol)) {
            throw new RefusedConnectionException("Only http(s) connections are made by the HTTP transport");
        }
        return new Connection(url, client(), FetchBudget.current(maxBytes));
    }

    /** An answer in the form JGit and Apache HttpClient expect from a failed connection. */
    static final class RefusedConnectionException extends UnknownHostException {

        RefusedConnectionException(String reason) {
            super("Refused by the fetch policy: " + reason);
        }
    }

    private record CheckingResolver(FetchPolicy policy) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            try {
                return policy.resolve(host);
            } catch (RefusedUrlException e) {
                throw new RefusedConnectionException(e.getMessage());
            }
        }
    }

    private static final class Connection extends HttpClientConnection {

        private final FetchBudget budget;
        private InputStream guarded;

        Connection(URL url, HttpClient client, FetchBudget budget) throws MalformedURLException {
            super(url.toString(), Proxy.NO_PROXY, client);
            this.budget = budget;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            if (guarded == null) {
                guarded = budget.guard(super.getInputStream());
            }
            return guarded;
        }
    }
}
