package dk.samvirke.harvest;

import dk.samvirke.catalogue.CatalogueExceptions;
import dk.samvirke.catalogue.CatalogueManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands a found publiccode.yml to the catalogue once the harvest's results are committed. It lives
 * here and not in the catalogue because the harvest already depends on the catalogue (products), and
 * a catalogue listener would close a cycle between the modules. Synchronous on the job's worker, so a
 * job that reports success has also updated the product; whatever the catalogue says, the job goes on.
 */
@Component
class PubliccodeHandover {

    private static final Logger log = LoggerFactory.getLogger(PubliccodeHandover.class);

    private final CatalogueManagement catalogue;

    PubliccodeHandover(CatalogueManagement catalogue) {
        this.catalogue = catalogue;
    }

    @TransactionalEventListener
    void on(PubliccodeFound found) {
        try {
            catalogue.importHarvested(found.productKey(), found.repositoryUrl(), found.content());
        } catch (CatalogueExceptions.InvalidPubliccodeException e) {
            log.info("publiccode.yml in {} is not valid, product {} unchanged: {}", found.repositoryUrl(),
                    found.productKey(), e.errors());
        } catch (RuntimeException e) {
            log.warn("publiccode.yml in {} could not be applied to product {}: {}", found.repositoryUrl(),
                    found.productKey(), e.toString());
        }
    }
}
