package dk.samvirke.web.catalogue;

import dk.samvirke.web.PageNotFoundException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The catalogue, in Danish at {@code /produkter} and in English at {@code /products}. */
@Controller
class CatalogueController {

    private final CatalogueQuery catalogue;
    private final ProductPageQuery productPages;

    CatalogueController(CatalogueQuery catalogue, ProductPageQuery productPages) {
        this.catalogue = catalogue;
        this.productPages = productPages;
    }

    @GetMapping({"/produkter", "/products"})
    String catalogue(CatalogueCriteria criteria, HtmxRequest htmx, HttpServletResponse response, Model model) {
        model.addAttribute("catalogue", catalogue.search(criteria, LocalDate.now()));
        // The same address answers a whole page or, to htmx, only the results: caches must keep both apart.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        boolean resultsOnly = htmx.isHtmxRequest() && !htmx.isBoosted() && !htmx.isHistoryRestoreRequest();
        return resultsOnly ? "catalogue/_partial :: results" : "catalogue/list";
    }

    @GetMapping({"/produkter/{key}", "/products/{key}"})
    String product(@PathVariable String key, Model model) {
        model.addAttribute("product", productPages.find(key, LocalDate.now())
                .orElseThrow(() -> new PageNotFoundException("product " + key)));
        return "catalogue/product";
    }
}
