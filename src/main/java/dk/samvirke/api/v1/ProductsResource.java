package dk.samvirke.api.v1;

import dk.samvirke.api.v1.ApiRepresentations.Contributor;
import dk.samvirke.api.v1.ApiRepresentations.Contributors;
import dk.samvirke.api.v1.ApiRepresentations.OrganisationContribution;
import dk.samvirke.api.v1.ApiRepresentations.ProductDetail;
import dk.samvirke.api.v1.ApiRepresentations.ProductSummary;
import dk.samvirke.api.v1.ApiRepresentations.ProductUsage;
import dk.samvirke.catalogue.CatalogueExceptions.ProductNotFoundException;
import dk.samvirke.catalogue.ProductDirectory;
import dk.samvirke.harvest.HarvestedContributions;
import dk.samvirke.people.PeopleDirectory;
import dk.samvirke.usage.CatalogueSearch;
import dk.samvirke.usage.UsageDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products", description = "The catalogue of products (codebases) and who uses them")
class ProductsResource {

    /** How many users a product carries in a list and in its own answer; the rest are paged at usagesUrl. */
    static final int FIRST_USERS = 5;
    static final int FIRST_USAGES = 20;

    private final CatalogueSearch catalogue;
    private final ProductDirectory products;
    private final UsageDirectory usages;
    private final PeopleDirectory people;
    private final HarvestedContributions contributions;
    private final Clock clock;

    ProductsResource(CatalogueSearch catalogue, ProductDirectory products, UsageDirectory usages, PeopleDirectory people,
            HarvestedContributions contributions, Clock clock) {
        this.catalogue = catalogue;
        this.products = products;
        this.usages = usages;
        this.people = people;
        this.contributions = contributions;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "List products with how many organisations use them today and the first of those;"
            + " all users, paged, at usagesUrl")
    PageResponse<ProductSummary> list(
            @Parameter(description = "Text in the name or summary") @RequestParam(required = false) String q,
            @Parameter(description = "Owner organisation key") @RequestParam(required = false) String owner,
            @Parameter(description = "Licence (SPDX expression), compared without regard to case")
            @RequestParam(required = false) String licence,
            @Parameter(description = "Only products in use (true) or not in use (false) today")
            @RequestParam(required = false) Boolean inUse,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var params = new PageRequestParams(page, size);
        var query = new CatalogueSearch.Query(q, owner, licence, inUse, CatalogueSearch.Order.NAME);
        return PageResponse.of(catalogue.search(query, LocalDate.now(clock), params.pageable(), FIRST_USERS),
                ApiRepresentations::summary);
    }

    @GetMapping("/{key}")
    @Operation(summary = "One product: what it is (with its publiccode.yml's descriptions, features, status, type,"
            + " platforms and maintenance), who uses it now and used it, and who takes and took part")
    ProductDetail get(@PathVariable String key) {
        LocalDate today = LocalDate.now(clock);
        var product = products.find(key).orElseThrow(() -> new ProductNotFoundException(key));
        return ApiRepresentations.detail(product, today, usages.currentUsersOf(key, today),
                usages.ofProduct(key, today, Pageable.ofSize(FIRST_USAGES)).getContent(), people.participantsOf(key, today));
    }

    @GetMapping("/{key}/usages")
    @Operation(summary = "Which organisations use or used the product: status, version, since, until; current first")
    PageResponse<ProductUsage> usages(@PathVariable String key,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var params = new PageRequestParams(page, size);
        if (!products.exists(key)) {
            throw new ProductNotFoundException(key);
        }
        return PageResponse.of(usages.ofProduct(key, LocalDate.now(clock), params.pageable()), ApiRepresentations::usage);
    }

    @GetMapping("/{key}/contributors")
    @Operation(summary = "People and organisations who contribute; no e-mail addresses")
    Contributors contributors(@PathVariable String key) {
        if (!products.exists(key)) {
            throw new ProductNotFoundException(key);
        }
        var found = contributions.contributors(key);
        return new Contributors(found.items().stream().map(c -> new Contributor(c.name(), c.organisation(), c.roles(),
                        c.commits(), c.firstContribution(), c.lastContribution())).toList(),
                found.organisations().stream().map(o -> new OrganisationContribution(o.key(), o.people(), o.commits()))
                        .toList());
    }
}
