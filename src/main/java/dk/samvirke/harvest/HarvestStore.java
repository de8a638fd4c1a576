package dk.samvirke.harvest;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The harvest tables. Plain SQL: contributions are written a few thousand rows at a time in
 * batches, and the unchanged-repository path must stay a handful of cheap statements.
 */
@Component
class HarvestStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    HarvestStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    // --- repositories

    long addRepository(long productId, String url) {
        var existing = jdbc.sql("select id from harvest_repository where product_id = ? and url = ?")
                .params(productId, url).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into harvest_repository (product_id, url, created_at) values (?, ?, ?)")
                .params(productId, url, now()).update(key, "id");
        return key.getKey().longValue();
    }

    Optional<RepositoryRow> repository(long id) {
        return jdbc.sql(REPOSITORY_SELECT + " where r.id = ?").param(id).query(HarvestStore::repositoryRow).optional();
    }

    List<RepositoryRow> repositoriesOf(long productId) {
        return jdbc.sql(REPOSITORY_SELECT + " where r.product_id = ? order by r.id").param(productId)
                .query(HarvestStore::repositoryRow).list();
    }

    List<Long> allRepositoryIds() {
        return jdbc.sql("select id from harvest_repository order by id").query(Long.class).list();
    }

    void recordAnalysis(long id, String defaultBranch, String lastCommit, String mailmapBlob) {
        jdbc.sql("update harvest_repository set default_branch = ?, last_commit = ?, mailmap_blob = ? where id = ?")
                .params(defaultBranch, lastCommit, mailmapBlob, id).update();
    }

    void recordOutcome(long id, String state, String message) {
        jdbc.sql("update harvest_repository set last_state = ?, last_message = ?, last_harvested_at = ? where id = ?")
                .params(state, clip(message), now(), id).update();
    }

    private static final String REPOSITORY_SELECT = "select r.id, r.product_id, p.product_key, r.url, r.default_branch, "
            + "r.last_commit, r.mailmap_blob, r.last_harvested_at, r.last_state, r.last_message "
            + "from harvest_repository r join product p on p.id = r.product_id";

    private static RepositoryRow repositoryRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new RepositoryRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), instant(rs.getTimestamp(8)), rs.getString(9), rs.getString(10));
    }

    // --- jobs

    long createJob(long repositoryId) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into harvest_job (repository_id, state, progress, message, created_at) values (?, 'queued', 0, ?, ?)")
                .params(repositoryId, "Waiting for a worker", now()).update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Long> activeJob(long repositoryId) {
        return jdbc.sql("select min(id) from harvest_job where repository_id = ? and state in ('queued', 'running')")
                .param(repositoryId).query(Long.class).optional().filter(java.util.Objects::nonNull);
    }

    Optional<JobStatus> job(long id) {
        return jdbc.sql("select id, state, progress, message from harvest_job where id = ?").param(id)
                .query((rs, n) -> new JobStatus(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getString(4)))
                .optional();
    }

    /** Marks a job running and answers its repository; empty when the job no longer exists or is done. */
    Optional<Long> startJob(long id) {
        int updated = jdbc.sql("update harvest_job set state = 'running', started_at = ?, progress = 0, message = ? "
                + "where id = ? and state in ('queued', 'running')").params(now(), "Started", id).update();
        if (updated == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select repository_id from harvest_job where id = ?").param(id).query(Long.class).optional();
    }

    void jobProgress(long id, double progress, String message) {
        jdbc.sql("update harvest_job set progress = ?, message = ? where id = ? and state = 'running'")
                .params(Math.max(0, Math.min(1, progress)), clip(message), id).update();
    }

    void finishJob(long id, boolean succeeded, String message) {
        jdbc.sql("update harvest_job set state = ?, progress = ?, message = ?, finished_at = ? where id = ?")
                .params(succeeded ? "succeeded" : "failed", succeeded ? 1.0 : jobProgress(id), clip(message), now(), id)
                .update();
    }

    private double jobProgress(long id) {
        return jdbc.sql("select progress from harvest_job where id = ?").param(id).query(Double.class).optional().orElse(0.0);
    }

    void deleteJob(long id) {
        jdbc.sql("delete from harvest_job where id = ?").param(id).update();
    }

    // --- contributions

    Map<String, StoredContribution> contributions(long repositoryId) {
        Map<String, StoredContribution> result = new HashMap<>();
        jdbc.sql("select email, name, organisation_id, commits, first_commit_at, last_commit_at from harvest_contribution "
                + "where repository_id = ?").param(repositoryId).query(rs -> {
                    Long organisation = rs.getObject(3) == null ? null : rs.getLong(3);
                    var c = new Contribution(rs.getString(1), rs.getString(2), rs.getInt(4), instant(rs.getTimestamp(5)),
                            instant(rs.getTimestamp(6)));
                    result.put(c.email(), new StoredContribution(c, organisation));
                });
        return result;
    }

    void replaceContributions(long repositoryId, Collection<StoredContribution> contributions) {
        jdbc.sql("delete from harvest_contribution where repository_id = ?").param(repositoryId).update();
        List<Object[]> rows = contributions.stream().map(s -> new Object[] {repositoryId, s.contribution().email(),
                s.contribution().name(), s.organisationId(), s.contribution().commits(),
                timestamp(s.contribution().first()), timestamp(s.contribution().last())}).toList();
        template.batchUpdate("insert into harvest_contribution (repository_id, email, name, organisation_id, commits, "
                + "first_commit_at, last_commit_at) values (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    void updateOrganisations(long repositoryId, Map<String, Long> organisationByEmail) {
        List<Object[]> rows = organisationByEmail.entrySet().stream()
                .map(e -> new Object[] {e.getValue(), repositoryId, e.getKey()}).toList();
        template.batchUpdate("update harvest_contribution set organisation_id = ? where repository_id = ? and email = ?", rows);
    }

    // --- releases

    void replaceReleases(long repositoryId, List<Releases.Release> releases) {
        Map<String, Releases.Release> wanted = new HashMap<>();
        releases.forEach(r -> wanted.put(r.name(), r));
        Map<String, String> stored = new HashMap<>();
        jdbc.sql("select name, commit_id from harvest_release where repository_id = ?").param(repositoryId)
                .query(rs -> {
                    stored.put(rs.getString(1), rs.getString(2));
                });
        List<Object[]> delete = stored.entrySet().stream()
                .filter(e -> !wanted.containsKey(e.getKey()) || !wanted.get(e.getKey()).commit().equals(e.getValue()))
                .map(e -> new Object[] {repositoryId, e.getKey()}).toList();
        template.batchUpdate("delete from harvest_release where repository_id = ? and name = ?", delete);
        List<Object[]> insert = wanted.values().stream()
                .filter(r -> !r.commit().equals(stored.get(r.name())))
                .map(r -> new Object[] {repositoryId, r.name(), r.commit(), timestamp(r.date())}).toList();
        template.batchUpdate("insert into harvest_release (repository_id, name, commit_id, released_at) values (?, ?, ?, ?)",
                insert);
    }

    List<ReleaseView> releases(long repositoryId) {
        return jdbc.sql("select name, commit_id, released_at from harvest_release where repository_id = ? "
                + "order by released_at desc, name").param(repositoryId)
                .query((rs, n) -> new ReleaseView(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3) == null ? null : instant(rs.getTimestamp(3)).atOffset(ZoneOffset.UTC).toLocalDate()))
                .list();
    }

    static LocalDateTime now() {
        return LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private static String clip(String message) {
        return message == null || message.length() <= 2000 ? message : message.substring(0, 1997) + "...";
    }

    record RepositoryRow(long id, long productId, String productKey, String url, String defaultBranch,
            String lastCommit, String mailmapBlob, Instant lastHarvestedAt, String lastState, String lastMessage) {
    }

    record StoredContribution(Contribution contribution, Long organisationId) {
    }
}
