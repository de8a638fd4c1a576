package dk.samvirke.web;

import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A CSV download as the pages offer them: a file name with the date, UTF-8 text/csv, not cached for long. */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> csv(String name, LocalDate date, byte[] body) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("samvirke-" + name + "-" + date + ".csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "max-age=300")
                .body(body);
    }
}
