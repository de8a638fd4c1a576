package dk.samvirke.api.v1;

import dk.samvirke.catalogue.ProductPolicy;
import dk.samvirke.catalogue.Products;
import dk.samvirke.harvest.HarvestManagement;
import dk.samvirke.harvest.JobStatus;
import dk.samvirke.harvest.RefusedUrlException;
import dk.samvirke.harvest.RepositoryView;
import dk.samvirke.harvest.UnknownProductException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Harvesting git repositories (interfaces.md §5): register, harvest again, follow the jobs. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Harvest", description = "Git repositories of products, harvested for contributors, releases and publiccode.yml")
class HarvestResource {

    private final HarvestManagement harvest;
    private final ProductPolicy policy;
    private final Products products;

    HarvestResource(HarvestManagement harvest, ProductPolicy policy, Products products) {
        this.harvest = harvest;
        this.policy = policy;
        this.products = products;
    }

    record RepositoryRequest(String url) {
    }

    record JobAccepted(long job) {
    }

    record JobsAccepted(List<Long> jobs) {
    }

    @PostMapping("/products/{key}/repositories")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Register a git repository on a product and queue its harvest",
            description = "202 with the job id; 422 when the fetch policy refuses the URL (https only, public hosts)")
    JobAccepted addRepository(@PathVariable String key, @RequestBody(required = false) RepositoryRequest body) {
        mayMaintain(key);
        return new JobAccepted(harvest.addRepository(key, body == null ? null : body.url()));
    }

    @GetMapping("/products/{key}/repositories")
    @Operation(summary = "A product's repositories, the outcome of their latest harvest, and their releases (tags)")
    List<RepositoryView> repositories(@PathVariable String key) {
        return harvest.repositories(key);
    }

    @PostMapping("/products/{key}/harvest")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Harvest all of a product's repositories again; 202 with the job ids")
    JobsAccepted harvestProduct(@PathVariable String key) {
        mayMaintain(key);
        return new JobsAccepted(harvest.harvestProduct(key));
    }

    @GetMapping("/harvest/jobs/{id}")
    @Operation(summary = "A harvest job: state (queued, running, succeeded, failed), progress 0..1 and a message")
    JobStatus job(@PathVariable long id) {
        return harvest.job(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No harvest job " + id));
    }

    /** The product's managers and administrators; an unknown product is 404 for them, 403 for anyone else. */
    private void mayMaintain(String key) {
        var user = Actors.signedIn();
        if (!policy.mayMaintain(Actors.of(user), key)) {
            throw new AccessDeniedException("Only the product's managers and administrators may manage its repositories");
        }
        if (products.findByKey(key).isEmpty()) {
            throw new UnknownProductException(key);
        }
    }

    @ExceptionHandler(RefusedUrlException.class)
    ProblemDetail refused(RefusedUrlException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("Repository URL refused");
        problem.setProperty("reason", e.getMessage());
        return problem;
    }

    @ExceptionHandler(UnknownProductException.class)
    ProblemDetail unknownProduct(UnknownProductException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
