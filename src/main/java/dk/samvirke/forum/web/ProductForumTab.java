package dk.samvirke.forum.web;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.forum.ForumQueries;
import dk.samvirke.forum.ForumViews.TopicList;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the product page's forum tab shows, called from {@code forum/_product_tab.html} as
 * {@code @forumProductTab}: the catalogue's controller need not know the forum exists.
 */
@Component("forumProductTab")
public class ProductForumTab {

    /** The newest topics in the product's category and whether the reader follows the product. */
    public record Tab(String categoryKey, TopicList topics, boolean signedIn, boolean watching) {
    }

    private final ForumQueries queries;

    ProductForumTab(ForumQueries queries) {
        this.queries = queries;
    }

    public Tab of(String productKey) {
        var user = SignedInUser.current().orElse(null);
        String key = "product:" + productKey;
        return new Tab(key, queries.inCategory(user, key, 0, 5, LocaleContextHolder.getLocale()), user != null,
                queries.isWatchingProduct(user, productKey));
    }
}
