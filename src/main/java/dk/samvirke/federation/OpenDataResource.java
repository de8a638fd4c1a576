package dk.samvirke.federation;

import dk.samvirke.importing.DataPackageExporter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open data (interfaces.md §12): the data package without anything personal, for anyone, without
 * signing in. Each module decides what of its files is public ({@code PackageFile.openData()}).
 */
@RestController
@Tag(name = "Open data")
class OpenDataResource {

    private final DataPackageExporter exporter;
    private final Clock clock;

    OpenDataResource(DataPackageExporter exporter, Clock clock) {
        this.exporter = exporter;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/open-data.zip", produces = "application/zip")
    @Operation(summary = "The open data as a data package",
            description = "Organisations with their membership periods, products and usages (status and period; no"
                    + " contact or version) and the other modules' public files, with a Frictionless datapackage.json"
                    + " describing every file. Nothing personal: no people, participations or registrations. It"
                    + " imports into an empty Samvirke and gives the same figures, except those that count people.")
    @ApiResponse(responseCode = "200", description = "The open data package",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    void openData(HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("samvirke-open-data-" + LocalDate.now(clock) + ".zip").build().toString());
        // Public and the same for everyone: caches may keep it for a while.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
        exporter.exportOpenData(response.getOutputStream());
        response.flushBuffer();
    }
}
