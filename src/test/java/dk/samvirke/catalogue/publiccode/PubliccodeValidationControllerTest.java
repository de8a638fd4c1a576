package dk.samvirke.catalogue.publiccode;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;

import dk.samvirke.api.v1.PubliccodeValidationController;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Web slice only (no database). Security is not configured for this path yet, so the requests
 * carry a mock user and a CSRF token; permitting anonymous access is the integration's job.
 */
@WebMvcTest(PubliccodeValidationController.class)
@Import(PubliccodeValidator.class)
@WithMockUser
class PubliccodeValidationControllerTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void validFile() throws Exception {
        byte[] body = Files.readAllBytes(ConformanceCorpus.ROOT.resolve("valid/v0/valid/valid.yml"));
        mvc.perform(post("/api/v1/publiccode/validate").with(csrf()).contentType("application/yaml").content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.errors").isEmpty())
                .andExpect(jsonPath("$.warnings").isEmpty());
    }

    @Test
    void invalidFileListsErrorsWithPositions() throws Exception {
        byte[] body = Files.readAllBytes(ConformanceCorpus.ROOT.resolve("invalid/v0/invalid/categories_invalid.yml"));
        mvc.perform(post("/api/v1/publiccode/validate").with(csrf()).contentType(MediaType.TEXT_PLAIN).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.errors[0].key").value("categories[0]"))
                .andExpect(jsonPath("$.errors[0].line").value(13))
                .andExpect(jsonPath("$.errors[0].column").value(5));
    }

    @Test
    void relativeAssetsAreNotCheckedWithoutAFolder() throws Exception {
        byte[] body = Files.readAllBytes(ConformanceCorpus.ROOT.resolve("invalid/v0/invalid/logo_missing_file.yml"));
        mvc.perform(post("/api/v1/publiccode/validate").with(csrf()).contentType("text/yaml").content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    void warningsKeepTheFileValid() throws Exception {
        byte[] body = Files.readAllBytes(ConformanceCorpus.ROOT.resolve(
                "valid/v0/valid_with_warnings/valid.minimal.v0.3.yml"));
        mvc.perform(post("/api/v1/publiccode/validate").with(csrf())
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.warnings[0].key").value("publiccodeYmlVersion"));
    }

    @Test
    void oversizedBodyIs413ProblemDetail() throws Exception {
        byte[] body = new byte[2 * 1024 * 1024];
        mvc.perform(post("/api/v1/publiccode/validate").with(csrf()).contentType("application/x-yaml").content(body))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.status").value(413));
    }

    @Test
    void otherMediaTypesAreRefused() throws Exception {
        mvc.perform(post("/api/v1/publiccode/validate").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnsupportedMediaType());
    }
}
