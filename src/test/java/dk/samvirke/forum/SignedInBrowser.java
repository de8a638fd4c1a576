package dk.samvirke.forum;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.TestAccounts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A browser session as the forms see it: signed in through the sign-in form, with cookie and CSRF token. */
final class SignedInBrowser {

    private final Http http;
    private String cookie;
    private String csrf;

    private SignedInBrowser(Http http) {
        this.http = http;
    }

    /** Signs in; a page with a form for anonymous readers (the e-mail settings) provides the first CSRF token. */
    static SignedInBrowser signIn(Http http, ForumMail mail, String email) {
        var browser = new SignedInBrowser(http);
        var page = http.get("/forum/afmeld?token=" + mail.tokenFor(email));
        browser.cookie = page.header("Set-Cookie").split(";")[0];
        browser.csrf = UnsubscribeFlow.csrf(page.body());
        var signedIn = browser.form("/login", "username=" + enc(email) + "&password=" + enc(TestAccounts.PASSWORD));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(302);
        assertThat(signedIn.header("Location")).doesNotContain("error");
        browser.cookie = signedIn.header("Set-Cookie").split(";")[0];
        browser.csrf = UnsubscribeFlow.csrf(browser.get("/forum/ny").body());
        return browser;
    }

    Http.Response get(String path, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Cookie";
        all[1] = cookie;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.get(path, all);
    }

    Http.Response form(String path, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Cookie";
        all[1] = cookie;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.post(path, "application/x-www-form-urlencoded",
                (body + "&_csrf=" + enc(csrf)).getBytes(StandardCharsets.UTF_8), all);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
