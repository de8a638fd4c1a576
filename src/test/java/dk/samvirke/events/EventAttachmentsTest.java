package dk.samvirke.events;

import static dk.samvirke.support.TestAccounts.admin;
import static dk.samvirke.support.TestAccounts.member;
import static dk.samvirke.support.TestAccounts.productManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.MailServer;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import dk.samvirke.support.SignedIn;

/** Files attached to an event (§11, materials): its organisers attach and remove them, anyone downloads them. */
@IntegrationTest
class EventAttachmentsTest {

    @RegisterExtension
    static GreenMailExtension mail = MailServer.start();

    static final String BOUNDARY = "samvirke-test-boundary";
    static final byte[] PDF = "%PDF-1.4\n% referat\n".getBytes(StandardCharsets.ISO_8859_1);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    TestAccounts accounts;
    @Autowired
    WebApplicationContext context;

    Http http;
    String bo;
    String anne;

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        http = new Http(port);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        fixtures.product("os2mo", "OS2mo", aarhus);
        String manager = accounts.bearer("pm@aarhus.dk", "aarhus", productManager("os2mo"));
        accounts.bearer("sek@os2.eu", null, admin());
        bo = accounts.bearer("bo@aarhus.dk", "aarhus", member());
        anne = accounts.bearer("anne@aarhus.dk", "aarhus", member());
        // bo is a named organiser of the product's meeting; anne only a member
        assertThat(http.post("/api/v1/events", "application/json", EventApiTest.event("mo-1", "os2mo", 10, 5),
                "Authorization", manager).status()).isEqualTo(201);
    }

    static byte[] multipartBody(String fileName, byte[] content) {
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    Http.Response attach(String fileName, byte[] content, String... token) {
        String type = "multipart/form-data; boundary=" + BOUNDARY;
        return token.length == 0 ? http.post("/api/v1/events/mo-1/attachments", type, multipartBody(fileName, content))
                : http.post("/api/v1/events/mo-1/attachments", type, multipartBody(fileName, content), "Authorization", token[0]);
    }

    @Test
    void anOrganiserAttachesAFileAnyoneDownloadsItAsADownload() {
        var attached = attach("C:\\Users\\bo\\Referat 1. møde.pdf", PDF, bo);
        assertThat(attached.status()).isEqualTo(201);
        assertThat(attached.json().get("fileName").asString()).as("without the sender's folders").isEqualTo("Referat 1. møde.pdf");
        String url = attached.json().get("url").asString();
        assertThat(attached.header("Location")).endsWith(url);

        var list = http.get("/api/v1/events/mo-1/attachments");
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).get("size").asInt()).isEqualTo(PDF.length);

        var download = http.get(url);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(PDF);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''Referat");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");

        assertThat(http.get("/arrangementer/mo-1").body()).contains("Referat 1. møde.pdf", url);
    }

    @Test
    void onlyOrganisersAttachAndRemove() {
        assertThat(attach("referat.pdf", PDF).status()).isEqualTo(401);
        assertThat(attach("referat.pdf", PDF, anne).status()).isEqualTo(403);
        var attached = attach("referat.pdf", PDF, bo);
        String url = attached.json().get("url").asString();

        assertThat(http.delete(url, "Authorization", anne).status()).isEqualTo(403);
        assertThat(http.delete(url).status()).isEqualTo(401);
        assertThat(http.delete(url, "Authorization", bo).status()).isEqualTo(204);
        assertThat(http.get(url).status()).isEqualTo(404);
        assertThat(http.delete(url, "Authorization", bo).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from event_attachment", Integer.class)).isZero();
    }

    @Test
    void aFileOfAnotherKindAnEmptyOneOrOneTooLargeIsRefusedNamingTheField() {
        for (var refused : new Http.Response[] {attach("side.html", "<script>alert(1)</script>".getBytes(), bo),
                attach("tom.pdf", new byte[0], bo), attach("stor.pdf", new byte[10 * 1024 * 1024 + 1], bo),
                attach(".pdf", PDF, bo)}) {
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("file");
        }
        assertThat(jdbc.queryForObject("select count(*) from event_attachment", Integer.class)).isZero();
        assertThat(http.get("/api/v1/events/findes-ikke/attachments/1").status()).isEqualTo(404);
    }

    @Test
    void theEventPageAttachesAFileThroughItsFormAndSaysWhenOneIsRefused() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        var organiser = authentication(SignedIn.as("bo@aarhus.dk", "aarhus", SignedIn.member()));
        mvc.perform(multipart("/arrangementer/mo-1/bilag").file(new MockMultipartFile("file", "slides.pdf",
                        "application/pdf", PDF)).with(csrf()).with(organiser))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/arrangementer/mo-1?notice=attachment"));
        mvc.perform(multipart("/arrangementer/mo-1/bilag").file(new MockMultipartFile("file", "virus.exe",
                        "application/octet-stream", PDF)).with(csrf()).with(organiser))
                .andExpect(redirectedUrl("/arrangementer/mo-1?notice=attachment-invalid"));
        mvc.perform(multipart("/arrangementer/mo-1/bilag").file(new MockMultipartFile("file", "slides.pdf",
                        "application/pdf", PDF)).with(csrf())
                        .with(authentication(SignedIn.as("anne@aarhus.dk", "aarhus", SignedIn.member()))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForList("select file_name from event_attachment", String.class)).containsExactly("slides.pdf");
        assertThat(http.get("/arrangementer/mo-1?notice=attachment").body()).contains("Filen er vedhæftet.", "slides.pdf");
    }
}
