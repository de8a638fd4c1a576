package dk.samvirke.web.catalogue;

import dk.samvirke.catalogue.CatalogueManagement;
import dk.samvirke.catalogue.ProductPolicy;
import dk.samvirke.forum.MarkdownRenderer;
import dk.samvirke.usage.CatalogueSearch;
import dk.samvirke.web.PageNotFoundException;
import dk.samvirke.web.Pagination;
import org.springframework.data.domain.PageRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The catalogue, in Danish at {@code /produkter} and in English at {@code /products}. */
@Controller
class CatalogueController {

    static final int PAGE_SIZE = 10;

    private final CatalogueSearch catalogue;
    private final ProductPageQuery productPages;
    private final ProductContributionsQuery contributions;
    private final ProductPolicy policy;
    private final CatalogueManagement management;
    private final Clock clock;
    private final MarkdownRenderer markdown;
    private final ProductStart start;

    CatalogueController(CatalogueSearch catalogue, ProductPageQuery productPages, ProductContributionsQuery contributions,
            ProductPolicy policy, CatalogueManagement management, Clock clock, MarkdownRenderer markdown,
            ProductStart start) {
        this.markdown = markdown;
        this.start = start;
        this.catalogue = catalogue;
        this.productPages = productPages;
        this.contributions = contributions;
        this.policy = policy;
        this.management = management;
        this.clock = clock;
    }

    @GetMapping({"/produkter", "/products"})
    String catalogue(CatalogueCriteria criteria, HtmxRequest htmx, HttpServletResponse response, Model model) {
        model.addAttribute("catalogue", page(criteria, LocalDate.now(clock)));
        // The same address answers a whole page or, to htmx, only the results: caches must keep both apart.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        boolean resultsOnly = htmx.isHtmxRequest() && !htmx.isBoosted() && !htmx.isHistoryRestoreRequest();
        return resultsOnly ? "catalogue/_partial :: results" : "catalogue/list";
    }

    /** The page asked for; one past the end shows the last one, as the pagination offers it. */
    private CataloguePage page(CatalogueCriteria criteria, LocalDate today) {
        var query = criteria.query();
        var found = catalogue.search(query, today, PageRequest.of(criteria.page() - 1, PAGE_SIZE), 0);
        var pagination = Pagination.of(criteria.page(), PAGE_SIZE, (int) found.getTotalElements(), criteria::hrefOfPage);
        if (pagination.page() != criteria.page()) {
            found = catalogue.search(query, today, PageRequest.of(pagination.page() - 1, PAGE_SIZE), 0);
        }
        var owners = catalogue.owners().stream().map(o -> new CataloguePage.Option(o.key(), o.name())).toList();
        return new CataloguePage(criteria, found.getContent(), pagination, owners, catalogue.licences());
    }

    @GetMapping({"/produkter/{key}", "/products/{key}"})
    String product(@PathVariable String key, Model model) {
        var product = productPages.find(key, LocalDate.now(clock))
                .orElseThrow(() -> new PageNotFoundException("product " + key));
        model.addAttribute("product", product);
        // The descriptions are Markdown: the page shows them rendered and sanitised, by language.
        var descriptions = new java.util.HashMap<String, String>();
        product.publiccode().descriptions().forEach(d -> descriptions.put(d.language(), markdown.documentToHtml(d.longDescription())));
        model.addAttribute("descriptionHtml", descriptions);
        model.addAttribute("start", start.of(product, LocalDate.now(clock)));
        model.addAttribute("contributions", contributions.find(key));
        var actor = CatalogueActors.current().orElse(null);
        model.addAttribute("maintainer", policy.mayMaintain(actor, key));
        model.addAttribute("publiccodeConflicts", management.openConflicts(actor, key));
        return "catalogue/product";
    }

    /** The numbers the product page's contribution charts draw; the page's tables hold the same. */
    @GetMapping(path = {"/produkter/{key}/bidrag/data", "/products/{key}/contributions/data"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ChartData contributionData(@PathVariable String key) {
        if (productPages.find(key, LocalDate.now(clock)).isEmpty()) {
            throw new PageNotFoundException("product " + key);
        }
        var c = contributions.find(key);
        return new ChartData(c.perOrganisation(), c.perYear());
    }

    /** The product's adoption over time, for its chart; the page's table holds the same. */
    @GetMapping(path = {"/produkter/{key}/brug/data", "/products/{key}/adoption/data"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ProductStart.Adoption adoptionData(@PathVariable String key) {
        var product = productPages.find(key, LocalDate.now(clock)).orElseThrow(() -> new PageNotFoundException("product " + key));
        return start.adoption(product.key(), LocalDate.now(clock));
    }

    record ChartData(List<dk.samvirke.harvest.ProductContributors.OrganisationContributors> perOrganisation,
            List<dk.samvirke.harvest.ProductContributors.YearContributors> perYear) {
    }
}
