package dk.samvirke.api.v1;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.catalogue.CatalogueManagement;
import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.PubliccodeConflictView;
import dk.samvirke.shared.InvalidFieldsException;
import java.util.Map;
import dk.samvirke.catalogue.ProductChange;
import dk.samvirke.catalogue.Products;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A product's page as its managers maintain it, and its publiccode.yml in and out. */
@RestController
@RequestMapping("/api/v1/products/{key}")
@Tag(name = "Products")
class ProductWriteResource {

    static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

    private final CatalogueManagement catalogue;
    private final Products products;

    ProductWriteResource(CatalogueManagement catalogue, Products products) {
        this.catalogue = catalogue;
        this.products = products;
    }

    record ImportAnswer(List<String> updated, List<String> keptAsEdited, List<String> notImportedTooLong,
            List<ApiFinding> warnings, long revision) {
    }

    record ApiFinding(String key, String message, int line) {
    }

    @GetMapping("/page")
    @Operation(summary = "The product's page as its managers edit it: publiccode.yml fields and each field's source; "
            + "the ETag is what If-Match on PUT expects")
    @Transactional(readOnly = true)
    ResponseEntity<ProductRepresentation> page(@PathVariable String key) {
        var product = products.findByKey(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No product with key '" + key + "'"));
        return answer(product);
    }

    @PutMapping
    @Operation(summary = "Edit the product's page (its product managers or an admin). name, adoptedOn and retiredOn are "
            + "for admins; key cannot change. Send If-Match with the ETag you read to be told (412) when someone else "
            + "changed it meanwhile. Changed fields are marked as edited by a person: harvests leave them alone.")
    @Transactional
    ResponseEntity<ProductRepresentation> put(@PathVariable String key, @RequestBody ProductChange change,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        var user = Actors.signedIn();
        var product = catalogue.update(Actors.of(user), key, change, ETags.version(ifMatch));
        return answer(product);
    }

    /** @param choice {@code accept} or {@code keep} */
    record ConflictDecision(String choice) {
    }

    @PostMapping("/publiccode-conflicts/{id}")
    @Operation(summary = "Decide on a harvested publiccode.yml that names another product (its product managers or an "
            + "admin): {\"choice\": \"accept\"} applies the file, name and repository too; {\"choice\": \"keep\"} keeps "
            + "the product as it is, and the same file from that repository is not raised again. The open ones are "
            + "publiccodeConflicts on GET /page.")
    @Transactional
    ResponseEntity<ProductRepresentation> decide(@PathVariable String key, @PathVariable long id,
            @RequestBody ConflictDecision decision) {
        var user = Actors.signedIn();
        var choice = decision == null || decision.choice() == null ? null : switch (decision.choice()) {
            case "accept" -> PubliccodeConflictView.Choice.ACCEPT;
            case "keep" -> PubliccodeConflictView.Choice.KEEP;
            default -> null;
        };
        if (choice == null) {
            throw new InvalidFieldsException("decision", Map.of("choice", "must be accept or keep"));
        }
        return answer(catalogue.decideConflict(Actors.of(user), key, id, choice));
    }

    /** The page with its ETag; open conflicts only to those who may decide them. */
    private ResponseEntity<ProductRepresentation> answer(Product product) {
        var actor = SignedInUser.current().map(Actors::of).orElse(null);
        var conflicts = catalogue.openConflicts(actor, product.getKey());
        return ResponseEntity.ok().eTag(ETags.of(product.getVersion()))
                .body(ProductRepresentation.of(product, conflicts));
    }

    @PostMapping("/publiccode")
    @Operation(summary = "Import a publiccode.yml (the body; its product managers or an admin). Valid: the product is "
            + "filled from it. Invalid: 422 with the validator's errors, and nothing changes.")
    ImportAnswer importPubliccode(@PathVariable String key, @RequestBody(required = false) byte[] body) {
        var user = Actors.signedIn();
        var outcome = catalogue.importUploaded(Actors.of(user), key, body == null ? new byte[0] : body);
        return new ImportAnswer(outcome.updated(), outcome.keptManual(), outcome.tooLong(),
                outcome.warnings().stream().map(w -> new ApiFinding(w.key(), w.message(), w.line())).toList(),
                outcome.product().getVersion());
    }

    @GetMapping(path = "/publiccode.yml", produces = {"application/yaml", "text/yaml", "text/plain", "*/*"})
    @Operation(summary = "The product's publiccode.yml (standard 0.x): the file it last imported, with the registry's "
            + "changes since, and nothing made up. Contacts' e-mail addresses and phone numbers only for the product's "
            + "managers and admins. A product whose registry data lacks keys the standard requires gets them named in "
            + "comments at the top (the file is then not valid until they are filled in).")
    ResponseEntity<String> publiccode(@PathVariable String key) {
        var actor = SignedInUser.current().map(Actors::of).orElse(null);
        return ResponseEntity.ok().contentType(YAML).body(catalogue.exportPubliccode(actor, key));
    }
}
