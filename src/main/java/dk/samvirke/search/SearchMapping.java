package dk.samvirke.search;

import static dk.samvirke.search.DanishAnalysis.DANISH;
import static dk.samvirke.search.DanishAnalysis.KEYWORD;

import dk.samvirke.catalogue.Product;
import dk.samvirke.forum.Post;
import dk.samvirke.forum.Topic;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.people.Person;
import java.util.List;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * What is indexed of the registry, mapped here rather than by annotations on the entities so that
 * the registry's modules know nothing of search. Every text field is stored, for highlighting and so
 * that results are built from the index alone, without loading entities.
 */
final class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var mapping = context.programmaticMapping();

        TypeMappingStep product = mapping.type(Product.class);
        product.indexed().index("product");
        keyAndName(product);
        text(product, "summary", SearchFields.SUMMARY);

        TypeMappingStep organisation = mapping.type(Organisation.class);
        organisation.indexed().index("organisation");
        keyAndName(organisation);
        organisation.property("municipalityCode").keywordField(SearchFields.MUNICIPALITY_CODE)
                .normalizer(KEYWORD).projectable(Projectable.YES);
        organisation.property("type").keywordField(SearchFields.TYPE)
                .valueBridge(new TypeCode()).normalizer(KEYWORD).projectable(Projectable.YES);

        // Forum topics by title; posts by body, with their topic's title and whether it is hidden. The
        // topic's posts are reindexed when it is renamed or hidden (Topic maps the inverse side for this).
        TypeMappingStep topic = mapping.type(Topic.class);
        topic.indexed().index("forum_topic");
        text(topic, "title", SearchFields.TITLE);
        topic.property("hidden").genericField(SearchFields.HIDDEN);
        topic.property("id").genericField(SearchFields.TOPIC_ID).projectable(Projectable.YES);

        TypeMappingStep post = mapping.type(Post.class);
        post.indexed().index("forum_post");
        text(post, "body", SearchFields.BODY);
        post.property("hidden").genericField(SearchFields.HIDDEN);
        post.property("topic").indexedEmbedded(SearchFields.TOPIC)
                .includePaths(SearchFields.TITLE, SearchFields.HIDDEN, SearchFields.TOPIC_ID);

        // Everything of a person, including whether the profile is public, comes from one bridge.
        TypeMappingStep person = mapping.type(Person.class);
        person.indexed().index("person");
        person.binder(new PersonProfileBinder());
    }

    private static void keyAndName(TypeMappingStep type) {
        type.property("key").keywordField(SearchFields.KEY).normalizer(KEYWORD).projectable(Projectable.YES);
        text(type, "name", SearchFields.NAME);
        type.property("name").keywordField(SearchFields.NAME_SORT).normalizer(KEYWORD).sortable(Sortable.YES);
    }

    private static void text(TypeMappingStep type, String property, String field) {
        type.property(property).fullTextField(field).analyzer(DANISH).projectable(Projectable.YES)
                .highlightable(List.of(Highlightable.ANY));
    }

    /** The type as the API and the data package spell it ("municipality"), not as Java does. */
    static final class TypeCode implements ValueBridge<OrganisationType, String> {

        @Override
        public String toIndexedValue(OrganisationType value, ValueBridgeToIndexedValueContext context) {
            return value == null ? null : value.code();
        }
    }
}
