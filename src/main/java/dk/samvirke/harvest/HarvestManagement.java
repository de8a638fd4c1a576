package dk.samvirke.harvest;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.Products;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers repositories on products and queues their harvests. Each repository has at most one
 * queued or running job: the scheduler task instance is named after the repository, so even two
 * application nodes never harvest one repository twice at once.
 */
@Service
public class HarvestManagement {

    private final Products products;
    private final HarvestStore store;
    private final FetchPolicy policy;
    /** Lazily: the scheduler is built from the tasks, and the recurring task needs this service. */
    private final ObjectProvider<SchedulerClient> scheduler;

    HarvestManagement(Products products, HarvestStore store, FetchPolicy policy, ObjectProvider<SchedulerClient> scheduler) {
        this.products = products;
        this.store = store;
        this.policy = policy;
        this.scheduler = scheduler;
    }

    /**
     * Registers a repository on a product (once; registering it again just harvests it again) and
     * queues its harvest.
     *
     * @return the job id
     * @throws RefusedUrlException when the fetch policy refuses the URL
     * @throws UnknownProductException when no product has the key
     */
    @Transactional
    public long addRepository(String productKey, String url) {
        Product product = product(productKey);
        policy.check(url);
        return enqueue(store.addRepository(product.getId(), url));
    }

    /** Queues a harvest of every repository of the product; answers the job ids. */
    @Transactional
    public List<Long> harvestProduct(String productKey) {
        Product product = product(productKey);
        return store.repositoriesOf(product.getId()).stream().map(r -> enqueue(r.id())).toList();
    }

    /** Queues a harvest of every registered repository (the daily schedule). */
    @Transactional
    public List<Long> harvestAll() {
        return store.allRepositoryIds().stream().map(this::enqueue).toList();
    }

    public Optional<JobStatus> job(long id) {
        return store.job(id);
    }

    public List<RepositoryView> repositories(String productKey) {
        Product product = product(productKey);
        return store.repositoriesOf(product.getId()).stream()
                .map(r -> new RepositoryView(r.url(), r.defaultBranch(), r.lastCommit(), r.lastHarvestedAt(), r.lastState(),
                        r.lastMessage(), store.releases(r.id())))
                .toList();
    }

    private long enqueue(long repositoryId) {
        Optional<Long> active = store.activeJob(repositoryId);
        if (active.isPresent()) {
            return active.get();
        }
        long job = store.createJob(repositoryId);
        var instance = new TaskInstance<>(HarvestTasks.HARVEST_REPOSITORY, instanceId(repositoryId), job);
        if (scheduler.getObject().scheduleIfNotExists(instance, Instant.now())) {
            return job;
        }
        // another node queued this repository a moment ago: answer its job instead of a second one
        store.deleteJob(job);
        return scheduler.getObject().getScheduledExecution(TaskInstanceId.of(HarvestTasks.HARVEST_REPOSITORY,
                        instanceId(repositoryId)))
                .map(e -> (Long) e.getData())
                .orElseThrow(() -> new IllegalStateException("The harvest could not be queued; try again"));
    }

    static String instanceId(long repositoryId) {
        return "repository-" + repositoryId;
    }

    private Product product(String key) {
        return products.findByKey(key).orElseThrow(() -> new UnknownProductException(key));
    }
}
