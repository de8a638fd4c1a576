package dk.samvirke.forum;

import static dk.samvirke.forum.ForumTestSupport.reply;
import static dk.samvirke.forum.ForumTestSupport.topic;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.ChromiumSession;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The forum front page and a topic page as an anonymous reader sees them, with the checks every page
 * passes ({@link Chromium#checkPage}): axe-core (WCAG 2.1 A and AA), the console, a 375 px phone.
 */
@IntegrationTest
class ForumBrowserTest {

    @RegisterExtension
    static final ChromiumSession chromium = ChromiumSession.start();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    TestAccounts accounts;

    @Test
    void theFrontPageAndATopicAreAccessible() throws Exception {
        var driver = chromium.driver();
        RegistryCleaner.clean(jdbc);
        registry.product("os2mo", "OS2mo", null);
        var http = new Http(port);
        String asker = accounts.bearer("asker@example.org", null, TestAccounts.member());
        String helper = accounts.bearer("helper@example.org", null, TestAccounts.member());
        long id = topic(http, asker, "product:os2mo", "question", "Hvordan opgraderer vi?",
                "Vi kører **2.9**.\n\n| felt | værdi |\n|---|---|\n| a | b |\n\n```\nkode\n```").json().get("id").asLong();
        long answer = reply(http, helper, id, "Læs [vejledningen](https://os2.eu).").json().get("id").asLong();
        reply(http, helper, id, "> citat\n\n- en\n- to");
        http.post("/api/v1/forum/posts/" + answer + "/accept", "application/json", new byte[0], "Authorization", asker);

        driver.get("http://localhost:" + port + "/forum");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Forum");
        chromium.checkPage("forum");

        driver.findElement(By.linkText("Hvordan opgraderer vi?")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hvordan opgraderer vi?");
        assertThat(driver.findElement(By.cssSelector(".forum-accepted")).getText()).contains("vejledningen");
        chromium.checkPage("forum-topic");
    }
}
