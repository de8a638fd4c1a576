package dk.samvirke.search;

import static dk.samvirke.search.DanishAnalysis.KEYWORD;
import static dk.samvirke.search.DanishAnalysis.NAME_PARTS;
import static dk.samvirke.search.DanishAnalysis.NAME_PARTS_QUERY;
import static dk.samvirke.search.DanishAnalysis.TEXT;
import static dk.samvirke.search.DanishAnalysis.TEXT_QUERY;

import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.ProductDescription;
import dk.samvirke.forum.Post;
import dk.samvirke.forum.Topic;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.people.Person;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * What is indexed of the registry, mapped here rather than by annotations on the entities so that
 * the registry's modules know nothing of search. Every text field is stored, so that results are built
 * from the index alone, without loading entities, and what a search found is marked in it ({@link Marking}).
 */
final class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    /**
     * Part of every index's name. Raise it when a change of the mapping or of the analysis needs every
     * document rewritten: the indexes of the new version start empty, and {@link SearchIndexing} fills
     * them at start (the old ones are left, for a rollback; delete them at leisure).
     */
    static final int VERSION = 3;

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var mapping = context.programmaticMapping();

        TypeMappingStep product = indexed(mapping.type(Product.class), "product");
        keyAndName(product);
        text(product, "summary", SearchFields.SUMMARY);
        // Every language's description; reindexed with the product when one changes (Product owns them).
        product.property("descriptions").indexedEmbedded(SearchFields.DESCRIPTION)
                .includePaths(SearchFields.SHORT_DESCRIPTION, SearchFields.LONG_DESCRIPTION);
        TypeMappingStep description = mapping.type(ProductDescription.class);
        markdown(description, "shortDescription", SearchFields.SHORT_DESCRIPTION);
        markdown(description, "longDescription", SearchFields.LONG_DESCRIPTION);

        TypeMappingStep organisation = indexed(mapping.type(Organisation.class), "organisation");
        keyAndName(organisation);
        organisation.property("municipalityCode").keywordField(SearchFields.MUNICIPALITY_CODE)
                .normalizer(KEYWORD).projectable(Projectable.YES);
        organisation.property("type").keywordField(SearchFields.TYPE)
                .valueBridge(new TypeCode()).normalizer(KEYWORD).projectable(Projectable.YES);

        // Forum topics by title and opening post; the other posts by body, with their topic's title and whether
        // it is hidden. The topic's posts are reindexed when it is renamed or hidden (Topic maps the inverse side).
        TypeMappingStep topic = indexed(mapping.type(Topic.class), "forum_topic");
        text(topic, "title", SearchFields.TITLE);
        topic.property("hidden").genericField(SearchFields.HIDDEN);
        topic.property("id").genericField(SearchFields.TOPIC_ID).projectable(Projectable.YES);
        topic.binder(new OpeningPost.Text());

        TypeMappingStep post = indexed(mapping.type(Post.class), "forum_post");
        markdown(post, "body", SearchFields.BODY);
        post.property("hidden").genericField(SearchFields.HIDDEN);
        post.property("topic").indexedEmbedded(SearchFields.TOPIC)
                .includePaths(SearchFields.TITLE, SearchFields.HIDDEN, SearchFields.TOPIC_ID);
        post.binder(new OpeningPost.Flag());

        // Events by title, description and place; their pages are public, their sign-ups are not indexed.
        TypeMappingStep event = indexed(mapping.type(dk.samvirke.events.Event.class), "event");
        event.property("key").keywordField(SearchFields.KEY).normalizer(KEYWORD).projectable(Projectable.YES);
        text(event, "title", SearchFields.TITLE);
        markdown(event, "description", SearchFields.BODY);
        text(event, "location", SearchFields.SUMMARY);

        // Decisions of the bodies (governance, §9) by title and text; they are public.
        TypeMappingStep decision = indexed(mapping.type(dk.samvirke.governance.DecisionDocument.class), "decision");
        decision.property("key").keywordField(SearchFields.KEY).normalizer(KEYWORD).projectable(Projectable.YES);
        text(decision, "title", SearchFields.TITLE);
        markdown(decision, "text", SearchFields.BODY);

        // Everything of a person, including whether the profile is public, comes from one bridge.
        indexed(mapping.type(Person.class), "person").binder(new PersonProfileBinder());
    }

    private static TypeMappingStep indexed(TypeMappingStep type, String index) {
        type.indexed().index(index + "-v" + VERSION);
        return type;
    }

    private static void keyAndName(TypeMappingStep type) {
        type.property("key").keywordField(SearchFields.KEY).normalizer(KEYWORD).projectable(Projectable.YES);
        text(type, "name", SearchFields.NAME);
        type.property("name").fullTextField(SearchFields.parts(SearchFields.NAME)).analyzer(NAME_PARTS)
                .searchAnalyzer(NAME_PARTS_QUERY).projectable(Projectable.YES);
        type.property("name").keywordField(SearchFields.NAME_SORT).normalizer(KEYWORD).sortable(Sortable.YES);
    }

    private static void text(TypeMappingStep type, String property, String field) {
        type.property(property).fullTextField(field).analyzer(TEXT).searchAnalyzer(TEXT_QUERY)
                .projectable(Projectable.YES);
    }

    private static void markdown(TypeMappingStep type, String property, String field) {
        type.property(property).fullTextField(field).valueBridge(new MarkdownText()).analyzer(TEXT)
                .searchAnalyzer(TEXT_QUERY).projectable(Projectable.YES);
    }

    /** The type as the API and the data package spell it ("municipality"), not as Java does. */
    static final class TypeCode implements ValueBridge<OrganisationType, String> {

        @Override
        public String toIndexedValue(OrganisationType value, ValueBridgeToIndexedValueContext context) {
            return value == null ? null : value.code();
        }
    }
}
