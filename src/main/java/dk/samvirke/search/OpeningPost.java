package dk.samvirke.search;

import static dk.samvirke.search.DanishAnalysis.TEXT;
import static dk.samvirke.search.DanishAnalysis.TEXT_QUERY;

import dk.samvirke.forum.Post;
import dk.samvirke.forum.Topic;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * A topic and its opening post are one thing to a reader, so they are one result: the topic's
 * document carries the opening post's text (unless a moderator hid that post), and the opening post's
 * own document says it is one, so that the posts kind leaves it out. The opening post is the topic's
 * first by time, as the forum orders them; a topic does not know it, so it is asked of the database.
 */
final class OpeningPost {

    private OpeningPost() {
    }

    /** On a topic: the opening post's text as {@link SearchFields#BODY}. */
    static final class Text implements TypeBinder {

        @Override
        public void bind(TypeBindingContext context) {
            context.dependencies().fromOtherEntity(Post.class, "topic").use("body").use("hidden");
            var body = context.indexSchemaElement().field(SearchFields.BODY, f -> f.asString().analyzer(TEXT)
                    .searchAnalyzer(TEXT_QUERY).projectable(Projectable.YES))
                    .toReference();
            context.bridge(Topic.class, new TextBridge(body));
        }
    }

    private record TextBridge(IndexFieldReference<String> body) implements TypeBridge<Topic> {

        @Override
        public void write(DocumentElement target, Topic topic, TypeBridgeWriteContext context) {
            // Indexing runs while the session flushes: the question must not start another flush.
            session(context).createSelectionQuery("select p.body from Post p where p.topic.id = :topic and p.hidden = false"
                            + " and not exists (select 1 from Post e where e.topic = p.topic and (e.createdAt < p.createdAt"
                            + " or (e.createdAt = p.createdAt and e.id < p.id)))", String.class)
                    .setParameter("topic", topic.getId())
                    .setHibernateFlushMode(FlushMode.MANUAL)
                    .uniqueResultOptional()
                    .ifPresent(text -> target.addValue(body, MarkdownText.plain(text)));
        }
    }

    /** On a post: whether it is its topic's opening post, as {@link SearchFields#OPENING}. */
    static final class Flag implements TypeBinder {

        @Override
        public void bind(TypeBindingContext context) {
            // A post's place in its topic never changes: posts are hidden, never deleted, and come later.
            context.dependencies().useRootOnly();
            var opening = context.indexSchemaElement().field(SearchFields.OPENING, f -> f.asBoolean()).toReference();
            context.bridge(Post.class, new FlagBridge(opening));
        }
    }

    private record FlagBridge(IndexFieldReference<Boolean> opening) implements TypeBridge<Post> {

        @Override
        public void write(DocumentElement target, Post post, TypeBridgeWriteContext context) {
            // Compared in the database: its timestamps are less precise than the entity's.
            long earlier = session(context).createSelectionQuery("select count(e) from Post e, Post p where p.id = :id"
                            + " and e.topic = p.topic and (e.createdAt < p.createdAt"
                            + " or (e.createdAt = p.createdAt and e.id < p.id))", Long.class)
                    .setParameter("id", post.getId())
                    .setHibernateFlushMode(FlushMode.MANUAL)
                    .getSingleResult();
            target.addValue(opening, earlier == 0);
        }
    }

    private static Session session(TypeBridgeWriteContext context) {
        return context.extension(HibernateOrmExtension.get()).session();
    }
}
