package dk.samvirke.forum;

import dk.samvirke.accounts.SignedInUser;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most so many posts a minute and an hour per account. Counted from the posts themselves in the
 * database, so the limits hold across application nodes and restarts without a store of their own.
 */
@Component
class PostingLimits {

    private final Posts posts;
    private final ForumPolicy policy;
    private final int perMinute;
    private final int perHour;

    PostingLimits(Posts posts, ForumPolicy policy,
            @Value("${samvirke.forum.posts-per-minute:5}") int perMinute,
            @Value("${samvirke.forum.posts-per-hour:30}") int perHour) {
        this.posts = posts;
        this.policy = policy;
        this.perMinute = perMinute;
        this.perHour = perHour;
    }

    void check(SignedInUser user) {
        if (user.accountId() == null || !policy.isRateLimited(user)) {
            return;
        }
        var now = LocalDateTime.now(ZoneOffset.UTC);
        List<LocalDateTime> lastHour = posts.postedSince(user.accountId(), now.minusHours(1));
        List<LocalDateTime> lastMinute = lastHour.stream().filter(t -> t.isAfter(now.minusMinutes(1))).toList();
        if (lastMinute.size() >= perMinute) {
            throw tooFast(lastMinute.get(lastMinute.size() - perMinute).plusMinutes(1), now);
        }
        if (lastHour.size() >= perHour) {
            throw tooFast(lastHour.get(lastHour.size() - perHour).plusHours(1), now);
        }
    }

    private static PostingTooFastException tooFast(LocalDateTime freeAt, LocalDateTime now) {
        long seconds = Math.max(1, Duration.between(now, freeAt).toSeconds() + 1);
        return new PostingTooFastException(Duration.ofSeconds(seconds));
    }
}
