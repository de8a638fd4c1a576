package dk.samvirke.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URL;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The default fetch policy against every spelling of an unsafe URL; no network: names resolve through a fake DNS. */
class FetchPolicyTest {

    private static final Map<String, List<String>> DNS = Map.of(
            "github.com", List.of("140.82.121.3"),
            "gitlab.com", List.of("172.65.251.78", "2606:4700:90:0:f22e:fbec:5bed:a9b9"),
            "intranet.example.org", List.of("10.1.2.3"),
            "mixed.example.org", List.of("140.82.121.4", "192.168.1.10"),
            "metadata.example.org", List.of("169.254.169.254"),
            "v6loopback.example.org", List.of("::1"),
            "mapped.example.org", List.of("::ffff:7f00:1"));

    private final FetchPolicy policy = FetchPolicy.strict(FetchPolicyTest::fakeDns);

    static List<InetAddress> fakeDns(String host) throws UnknownHostException {
        List<String> answer = DNS.get(host);
        if (answer == null) {
            throw new UnknownHostException(host);
        }
        List<InetAddress> addresses = new java.util.ArrayList<>();
        for (String a : answer) {
            addresses.add(InetAddress.getByName(a)); // literals: no lookup
        }
        return addresses;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://github.com/OS2/os2mo.git",
            "https://github.com/OS2/os2mo",
            "https://GitHub.com./OS2/os2mo.git",
            "https://gitlab.com:443/group/project.git",
            "https://140.82.121.3/OS2/os2mo.git",
            "https://[2606:4700:90:0:f22e:fbec:5bed:a9b9]/group/project.git",
    })
    void acceptsPublicHttpsRepositories(String url) {
        assertThatCode(() -> policy.check(url)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // loopback in every spelling
            "https://127.0.0.1/repo.git",
            "https://127.0.0.2/repo.git",
            "https://127.1/repo.git",
            "https://127.0.1/repo.git",
            "https://2130706433/repo.git",
            "https://0x7f000001/repo.git",
            "https://0x7f.0.0.1/repo.git",
            "https://0177.0.0.1/repo.git",
            "https://0177.1/repo.git",
            "https://017700000001/repo.git",
            "https://127.0.0.1./repo.git",
            "https://[::1]/repo.git",
            "https://[0:0:0:0:0:0:0:1]/repo.git",
            "https://[::ffff:127.0.0.1]/repo.git",
            "https://[::ffff:7f00:1]/repo.git",
            "https://[0:0:0:0:0:ffff:7f00:1]/repo.git",
            "https://[::127.0.0.1]/repo.git",
            "https://localhost/repo.git",
            "https://LOCALHOST/repo.git",
            "https://localhost./repo.git",
            "https://git.localhost/repo.git",
            "https://localhost:8443/repo.git",
            // unspecified, private, shared, link-local, multicast, reserved, documentation
            "https://0.0.0.0/repo.git",
            "https://0/repo.git",
            "https://[::]/repo.git",
            "https://10.0.0.1/repo.git",
            "https://10.255.255.255/repo.git",
            "https://172.16.0.1/repo.git",
            "https://172.31.255.254/repo.git",
            "https://192.168.1.1/repo.git",
            "https://3232235777/repo.git",
            "https://0xc0a80101/repo.git",
            "https://100.64.0.1/repo.git",
            "https://100.127.255.254/repo.git",
            "https://169.254.169.254/latest/meta-data",
            "https://[fe80::1]/repo.git",
            "https://[fe80::1%25eth0]/repo.git",
            "https://[fc00::1]/repo.git",
            "https://[fd12:3456:789a::1]/repo.git",
            "https://[fec0::1]/repo.git",
            "https://224.0.0.1/repo.git",
            "https://[ff02::1]/repo.git",
            "https://240.0.0.1/repo.git",
            "https://255.255.255.255/repo.git",
            "https://192.0.2.10/repo.git",
            "https://198.51.100.10/repo.git",
            "https://203.0.113.10/repo.git",
            "https://198.18.0.1/repo.git",
            "https://[2001:db8::1]/repo.git",
            "https://[64:ff9b::7f00:1]/repo.git",
            "https://[64:ff9b::a00:1]/repo.git",
            "https://[2002:7f00:1::1]/repo.git",
            "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/repo.git",
            // invalid numeric spellings are neither addresses nor names
            "https://127.0.0.256/repo.git",
            "https://1.2.3.4.5/repo.git",
            "https://0x1g.0.0.1/repo.git",
            "https://08.0.0.1/repo.git",
            // names that resolve to non-public addresses, or do not resolve
            "https://intranet.example.org/repo.git",
            "https://mixed.example.org/repo.git",
            "https://metadata.example.org/repo.git",
            "https://v6loopback.example.org/repo.git",
            "https://mapped.example.org/repo.git",
            "https://no-such-host.example.org/repo.git",
            // schemes and transports other than https
            "http://github.com/OS2/os2mo.git",
            "file:///etc/passwd",
            "file://localhost/srv/git/repo.git",
            "FILE:///srv/git/repo.git",
            "ssh://git@github.com/OS2/os2mo.git",
            "ssh://github.com/OS2/os2mo.git",
            "git://github.com/OS2/os2mo.git",
            "ftp://github.com/OS2/os2mo.git",
            "ext::sh -c touch% /tmp/pwned",
            "ext::git-remote-x",
            "fd::17",
            "fd::3,4",
            "transport::https://github.com/x",
            // scp-like and plain paths
            "git@github.com:OS2/os2mo.git",
            "github.com:OS2/os2mo.git",
            "/srv/git/repo.git",
            "./repo",
            "repo.git",
            // option injection
            "-uhttps://github.com/x",
            "--upload-pack=touch /tmp/pwned",
            "-oProxyCommand=touch /tmp/pwned",
            // credentials, whitespace, control characters
            "https://user:secret@github.com/OS2/os2mo.git",
            "https://token@github.com/OS2/os2mo.git",
            "https://github.com@127.0.0.1/repo.git",
            "https://github.com /OS2/os2mo.git",
            " https://github.com/OS2/os2mo.git",
            "https://github.com/OS2/os2mo.git\n",
            "https://github.com/OS2/os2mo.git\r\nX: y",
            "https://github.com/OS2/\tos2mo.git",
            "https://github.com/OS2/\u0000os2mo.git",
            "https://github.com/OS2/\u00a0os2mo.git",
            "https://github.com\\@127.0.0.1/repo.git",
            // malformed
            "https:github.com/OS2/os2mo.git",
            "https:///repo.git",
            "https://",
            "",
    })
    void refusesUnsafeUrls(String url) {
        assertThatThrownBy(() -> policy.check(url)).isInstanceOf(RefusedUrlException.class)
                .hasMessageNotContaining("null");
    }

    @Test
    void refusesNullAndOverlongUrls() {
        assertThatThrownBy(() -> policy.check(null)).isInstanceOf(RefusedUrlException.class);
        String longUrl = "https://github.com/" + "a".repeat(FetchPolicy.MAX_URL_LENGTH);
        assertThatThrownBy(() -> policy.check(longUrl)).isInstanceOf(RefusedUrlException.class).hasMessageContaining("longer");
    }

    @Test
    void reasonsSayWhatIsWrong() {
        assertThatThrownBy(() -> policy.check("https://0x7f000001/x")).hasMessageContaining("127.0.0.1");
        assertThatThrownBy(() -> policy.check("https://intranet.example.org/x")).hasMessageContaining("10.1.2.3")
                .hasMessageContaining("not a public");
        assertThatThrownBy(() -> policy.check("ssh://github.com/x")).hasMessageContaining("'ssh:'");
        assertThatThrownBy(() -> policy.check("https://u:p@github.com/x")).hasMessageContaining("passwords");
    }

    @Test
    void httpOnlyWhereConfigured() {
        var withHttp = new FetchPolicy(false, true, FetchPolicyTest::fakeDns);
        assertThatCode(() -> withHttp.check("http://github.com/OS2/os2mo.git")).doesNotThrowAnyException();
        assertThatThrownBy(() -> withHttp.check("http://127.0.0.1/repo.git")).isInstanceOf(RefusedUrlException.class);
    }

    @Test
    void allowLocalLetsTestsUseFileUrlsAndLoopbackButNoOtherTransports() {
        var local = new FetchPolicy(true, false, FetchPolicyTest::fakeDns);
        assertThatCode(() -> local.check("file:///tmp/repo.git")).doesNotThrowAnyException();
        assertThatCode(() -> local.check("http://127.0.0.1:8080/repo.git")).doesNotThrowAnyException();
        assertThatCode(() -> local.check("https://[::1]/repo.git")).doesNotThrowAnyException();
        for (String url : List.of("ssh://git@github.com/x", "ext::sh -c id", "git@github.com:x.git", "-u/tmp/x",
                "git://github.com/x")) {
            assertThatThrownBy(() -> local.check(url)).isInstanceOf(RefusedUrlException.class);
        }
    }

    @Test
    void checksTheAddressAtConnectionTimeSoDnsRebindingGainsNothing() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        HostResolver rebinding = host -> List.of(InetAddress.getByName(lookups.getAndIncrement() == 0 ? "140.82.121.3"
                : "127.0.0.1"));
        var rebindingPolicy = FetchPolicy.strict(rebinding);

        assertThatCode(() -> rebindingPolicy.check("https://rebind.example.org/repo.git")).doesNotThrowAnyException();
        // the second answer is what a connection would use: refused before any socket is opened
        var factory = new GuardedConnectionFactory(rebindingPolicy, Duration.ofSeconds(2), Duration.ofSeconds(2), 1024);
        var connection = factory.create(new URL("https://rebind.example.org/repo.git/info/refs?service=git-upload-pack"));
        connection.setRequestMethod("GET");
        assertThatThrownBy(connection::getResponseCode).isInstanceOf(IOException.class)
                .hasMessageContaining("Refused by the fetch policy").hasMessageContaining("127.0.0.1");
        assertThat(lookups.get()).isEqualTo(2);
    }

    @Test
    void everyConnectionChecksItsUrlAgainAsARedirectWould() {
        var factory = new GuardedConnectionFactory(policy, Duration.ofSeconds(2), Duration.ofSeconds(2), 1024);
        assertThatThrownBy(() -> factory.create(new URL("http://github.com/x"))).isInstanceOf(IOException.class)
                .hasMessageContaining("'http:'");
        assertThatThrownBy(() -> factory.create(new URL("https://user:pw@github.com/x"))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> factory.create(new URL("https://0x7f000001/x"))).isInstanceOf(IOException.class);
    }

    @Test
    void numericHostsParseAsInetAtonDoes() {
        assertThat(NumericHost.parse("2130706433")).hasValueSatisfying(b -> assertThat(b).containsExactly(127, 0, 0, 1));
        assertThat(NumericHost.parse("0x7f.1")).hasValueSatisfying(b -> assertThat(b).containsExactly(127, 0, 0, 1));
        assertThat(NumericHost.parse("10.1.65535")).hasValueSatisfying(b -> assertThat(b).containsExactly(10, 1, -1, -1));
        assertThat(NumericHost.parse("0300.0250.1.1")).hasValueSatisfying(b -> assertThat(b).containsExactly(-64, -88, 1, 1));
        assertThat(NumericHost.parse("256.0.0.1")).isEmpty();
        assertThat(NumericHost.parse("1.16777216")).isEmpty();
        assertThat(NumericHost.looksNumeric("github.com")).isFalse();
        assertThat(NumericHost.looksNumeric("1.2.3.com")).isFalse();
    }
}
