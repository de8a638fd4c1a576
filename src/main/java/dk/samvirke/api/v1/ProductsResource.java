package dk.samvirke.api.v1;

import dk.samvirke.api.v1.ApiRepresentations.Contributors;
import dk.samvirke.api.v1.ApiRepresentations.ProductDetail;
import dk.samvirke.api.v1.ApiRepresentations.ProductSummary;
import dk.samvirke.api.v1.ApiRepresentations.ProductUsage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products", description = "The catalogue of products (codebases) and who uses them")
class ProductsResource {

    private final RegistryReader reader;

    ProductsResource(RegistryReader reader) {
        this.reader = reader;
    }

    @GetMapping
    @Operation(summary = "List products with their number of active usages and their users")
    PageResponse<ProductSummary> list(
            @Parameter(description = "Text in the name or summary") @RequestParam(required = false) String q,
            @Parameter(description = "Owner organisation key") @RequestParam(required = false) String owner,
            @Parameter(description = "Licence (SPDX expression), exact") @RequestParam(required = false) String licence,
            @Parameter(description = "Only products in use (true) or not in use (false) today")
            @RequestParam(required = false) Boolean inUse,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var params = new PageRequestParams(page, size);
        Predicate<ProductSummary> filter = p -> true;
        if (q != null && !q.isBlank()) {
            String needle = q.toLowerCase(Locale.ROOT).trim();
            filter = filter.and(p -> contains(p.name(), needle) || contains(p.summary(), needle));
        }
        if (owner != null && !owner.isBlank()) {
            filter = filter.and(p -> p.owner() != null && p.owner().key().equals(owner));
        }
        if (licence != null && !licence.isBlank()) {
            filter = filter.and(p -> licence.equalsIgnoreCase(p.licence()));
        }
        if (inUse != null) {
            filter = filter.and(p -> (p.usageCount() > 0) == inUse);
        }
        return PageResponse.of(reader.products(filter), params);
    }

    @GetMapping("/{key}")
    @Operation(summary = "One product: what it is, who uses it and who takes part")
    ProductDetail get(@PathVariable String key) {
        return reader.product(key);
    }

    @GetMapping("/{key}/usages")
    @Operation(summary = "Which organisations use the product: status, version, since")
    PageResponse<ProductUsage> usages(@PathVariable String key,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var params = new PageRequestParams(page, size);
        return PageResponse.of(reader.productUsages(key), params);
    }

    @GetMapping("/{key}/contributors")
    @Operation(summary = "People and organisations who contribute; no e-mail addresses")
    Contributors contributors(@PathVariable String key) {
        return reader.contributors(key);
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
