package dk.samvirke.web.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import dk.samvirke.importing.ImportProblem;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.SignedIn;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The import page is the administrators'; an empty upload is a named form error, an unknown job a 404. */
@IntegrationTest
class ImportPageAccessTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void onlyAdministratorsImport() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        var admin = authentication(SignedIn.as("sek@os2.eu", null, SignedIn.admin()));
        var member = authentication(SignedIn.as("m@aarhus.dk", "aarhus", SignedIn.member()));
        assertThat(mvc.perform(get("/admin/import")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(get("/admin/import").with(member)).andReturn().getResponse().getStatus()).isEqualTo(403);
        var file = new MockMultipartFile("file", "x.zip", "application/zip", new byte[] {1, 2, 3});
        assertThat(mvc.perform(multipart("/admin/import").file(file).with(csrf()).with(member)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/admin").with(admin)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("href=\"/admin/import\"", "href=\"/admin/hoest\"");

        var empty = mvc.perform(multipart("/admin/import").with(csrf()).with(admin)).andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString(StandardCharsets.UTF_8)).contains("Vælg en .zip-fil med datapakken");
        assertThat(mvc.perform(get("/admin/import/00000000-0000-0000-0000-000000000000").with(admin)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void everyKnownProblemHasWordsInBothLanguages() {
        var text = context.getBean(dk.samvirke.web.admin.ImportProblemTextAccess.class);
        for (String message : new String[] {"required", "'x' is not a date YYYY-MM-DD", "no organisation 'x' in organisations.csv or the database",
                "duplicate organisation and product: line 2 has the same", "the record has 4 fields, the header 3 (delimiter ',')"}) {
            var problem = new ImportProblem("usages.csv", 2, "since", message);
            assertThat(text.text(problem, Locale.forLanguageTag("da"))).as(message).doesNotContain("import.problem")
                    .isNotEqualTo(message);
            assertThat(text.text(problem, Locale.ENGLISH)).as(message).doesNotContain("import.problem");
        }
        assertThat(text.text(new ImportProblem("x", 0, null, "something new"), Locale.forLanguageTag("da")))
                .isEqualTo("something new");
    }
}
