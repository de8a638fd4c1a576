package dk.samvirke.api.v1;

import dk.samvirke.importing.DataPackageExporter;
import dk.samvirke.importing.DataPackageImporter;
import dk.samvirke.importing.FileSummary;
import dk.samvirke.importing.ImportOutcome;
import dk.samvirke.importing.ImportProblem;
import dk.samvirke.importing.ImportProgressListener;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bulk import and export of the registry as a data package (interfaces.md §2 and §4); administrators only. */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Administration: data packages", description = "Import and export the registry as a data package (v1.1)")
class AdminImportController {

    private final DataPackageImporter importer;
    private final DataPackageExporter exporter;
    private final Clock clock;

    AdminImportController(DataPackageImporter importer, DataPackageExporter exporter, Clock clock) {
        this.importer = importer;
        this.exporter = exporter;
        this.clock = clock;
    }

    /** The answer to an accepted package: per file present, what happened; {@code changed} false on a re-import. */
    record ImportResult(Map<String, FileSummary> files, boolean changed) {
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a data package",
            description = "Multipart field `file`: a data package .zip. All or nothing: a valid package is upserted by key"
                    + " and the answer counts, per file in the package, the records created, updated and unchanged;"
                    + " an invalid one writes nothing and the answer lists every problem (file, line, column, message).")
    @ApiResponse(responseCode = "200", description = "Imported",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @ApiResponse(responseCode = "422", description = "Rejected; `problems` lists each problem as {file, line, column, message}",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> importPackage(@RequestParam("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "package.zip"
                : file.getOriginalFilename();
        ImportOutcome outcome;
        try (InputStream in = file.getInputStream()) {
            outcome = importer.importPackage(in, name, ImportProgressListener.NONE);
        }
        if (outcome instanceof ImportOutcome.Imported imported) {
            return ResponseEntity.ok(new ImportResult(imported.summary().files(), imported.summary().changed()));
        }
        List<ImportProblem> problems = ((ImportOutcome.Rejected) outcome).problems();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                problems.size() + " problems; nothing was imported");
        problem.setTitle("The data package was rejected");
        problem.setProperty("problems", problems.stream()
                .map(p -> new Problem(p.file(), p.line(), p.column(), p.message())).toList());
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** One problem of a rejected package; {@code line} 0 and {@code column} null when they do not apply. */
    record Problem(String file, int line, String column, String message) {
    }

    @GetMapping(path = "/export", produces = "application/zip")
    @Operation(summary = "Export the registry",
            description = "The registry — organisations with their membership periods, products, usages, people and"
                    + " participations — as a data package .zip with every file and its datapackage.json; it imports"
                    + " again unchanged. It is not a backup of the database: accounts, the history, the forum and"
                    + " harvested git data are not in it.")
    @ApiResponse(responseCode = "200", description = "The data package",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    void export(HttpServletResponse response) throws IOException {
        // Written straight to the response: a streaming body would run on another thread, outside the
        // request's security context.
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("samvirke-export-" + LocalDate.now(clock) + ".zip").build().toString());
        exporter.exportZip(response.getOutputStream());
        response.flushBuffer();
    }
}
