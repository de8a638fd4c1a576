package dk.samvirke.federation;

import dk.samvirke.catalogue.PublicCatalogue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The DCAT-AP 3 catalogue at {@code /api/v1/catalogue.ttl}, {@code .rdf}, {@code .jsonld}, and by
 * content negotiation at {@code /api/v1/catalogue}. Built once per state of the catalogue: the ETag
 * comes from a few aggregates, so an unchanged catalogue answers 304 (or from memory) without being built.
 */
@RestController
@Tag(name = "Catalogue (DCAT-AP)")
class CatalogueResource {

    enum Format {
        TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
        RDF_XML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PRETTY),
        JSON_LD("jsonld", "application/ld+json", RDFFormat.JSONLD11);

        final String extension;
        final MediaType mediaType;
        final RDFFormat rdf;

        Format(String extension, String mediaType, RDFFormat rdf) {
            this.extension = extension;
            this.mediaType = MediaType.parseMediaType(mediaType);
            this.rdf = rdf;
        }
    }

    private record Rendered(String version, byte[] bytes) {
    }

    private final DcatCatalogue dcat;
    private final PublicCatalogue catalogue;
    private final Map<Format, Rendered> rendered = new ConcurrentHashMap<>();

    CatalogueResource(DcatCatalogue dcat, PublicCatalogue catalogue) {
        this.dcat = dcat;
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/catalogue.{extension:ttl|rdf|jsonld}")
    @Operation(summary = "The catalogue as DCAT-AP 3 (valid against the DCAT-AP 3.0.1 SHACL shapes): Turtle, RDF/XML "
            + "or JSON-LD. One dcat:Catalog published by the association, one dcat:Dataset per product")
    ResponseEntity<byte[]> byExtension(@PathVariable String extension, WebRequest request) {
        for (Format f : Format.values()) {
            if (f.extension.equals(extension)) {
                return answer(f, request, false);
            }
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    @GetMapping("/api/v1/catalogue")
    @Operation(summary = "The DCAT-AP 3 catalogue by content negotiation: text/turtle (the default), "
            + "application/rdf+xml, application/ld+json (or application/json); anything else 406")
    ResponseEntity<byte[]> negotiated(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            WebRequest request) {
        return answer(negotiate(accept), request, true);
    }

    static Format negotiate(String accept) {
        List<MediaType> wanted;
        try {
            wanted = accept == null || accept.isBlank() ? List.of(MediaType.ALL) : MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            wanted = List.of(MediaType.ALL);
        }
        wanted = new java.util.ArrayList<>(wanted);
        wanted.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed()
                .thenComparingInt(t -> t.isWildcardType() ? 2 : t.isWildcardSubtype() ? 1 : 0));
        for (MediaType type : wanted) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
                return Format.JSON_LD;
            }
            for (Format f : Format.values()) {
                if (type.includes(f.mediaType)) {
                    return f;
                }
            }
        }
        throw new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE,
                "The catalogue is text/turtle, application/rdf+xml or application/ld+json");
    }

    private ResponseEntity<byte[]> answer(Format format, WebRequest request, boolean negotiated) {
        String version = catalogue.version();
        String etag = "\"" + DigestUtils.md5DigestAsHex((version + format).getBytes()) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        Rendered cached = rendered.get(format);
        if (cached == null || !cached.version().equals(version)) {
            var out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, dcat.build(), format.rdf);
            cached = new Rendered(version, out.toByteArray());
            rendered.put(format, cached);
        }
        var answer = ResponseEntity.ok().contentType(new MediaType(format.mediaType, java.nio.charset.StandardCharsets.UTF_8))
                .eTag(etag).cacheControl(CacheControl.noCache());
        if (negotiated) {
            answer = answer.header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        return answer.body(cached.bytes());
    }
}
