package dk.samvirke.search;

import static dk.samvirke.search.DanishAnalysis.KEYWORD;
import static dk.samvirke.search.DanishAnalysis.NAME_PARTS;
import static dk.samvirke.search.DanishAnalysis.NAME_PARTS_QUERY;
import static dk.samvirke.search.DanishAnalysis.TEXT;
import static dk.samvirke.search.DanishAnalysis.TEXT_QUERY;

import dk.samvirke.organisations.Organisation;
import dk.samvirke.people.Participation;
import dk.samvirke.people.Person;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * A person's public profile: name, title and organisation, never the e-mail address. A profile is
 * public when the person takes part in a product or in the association (has any participation, past
 * or present: the registry shows former participants too); everyone else is indexed but never found.
 * Whether a participation exists is asked of the database, because a person does not know their
 * participations ({@link PeopleFacts}: per batch when many people are indexed); adding or removing one
 * reindexes the person.
 */
final class PersonProfileBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("name").use("title").use("organisation");
        context.dependencies().fromOtherEntity(Participation.class, "person").use("person");

        var text = context.typeFactory().asString().analyzer(TEXT).searchAnalyzer(TEXT_QUERY)
                .projectable(Projectable.YES).toIndexFieldType();
        var nameParts = context.typeFactory().asString().analyzer(NAME_PARTS).searchAnalyzer(NAME_PARTS_QUERY)
                .projectable(Projectable.YES).toIndexFieldType();
        var keyword = context.typeFactory().asString().normalizer(KEYWORD).projectable(Projectable.YES)
                .toIndexFieldType();
        var schema = context.indexSchemaElement();
        context.bridge(Person.class, new Bridge(
                schema.field(SearchFields.NAME, text).toReference(),
                schema.field(SearchFields.parts(SearchFields.NAME), nameParts).toReference(),
                schema.field(SearchFields.NAME_SORT, f -> f.asString().normalizer(KEYWORD).sortable(
                        org.hibernate.search.engine.backend.types.Sortable.YES)).toReference(),
                schema.field(SearchFields.TITLE, text).toReference(),
                schema.field(SearchFields.ORGANISATION, text).toReference(),
                schema.field(SearchFields.ORGANISATION_KEY, keyword).toReference(),
                schema.field(SearchFields.ORGANISATION_TYPE, keyword).toReference(),
                schema.field(SearchFields.PUBLIC, f -> f.asBoolean()).toReference()));
    }

    private record Bridge(IndexFieldReference<String> name, IndexFieldReference<String> nameParts,
            IndexFieldReference<String> nameSort,
            IndexFieldReference<String> title, IndexFieldReference<String> organisation,
            IndexFieldReference<String> organisationKey, IndexFieldReference<String> organisationType,
            IndexFieldReference<Boolean> isPublic) implements TypeBridge<Person> {

        @Override
        public void write(DocumentElement target, Person indexed, TypeBridgeWriteContext context) {
            var session = context.extension(HibernateOrmExtension.get()).session();
            // A participation saved with a person read in another transaction brings that detached
            // person here; its organisation can only be read through a person of this session.
            Person person = session.contains(indexed) ? indexed : session.find(Person.class, indexed.getId());
            if (person == null) {
                person = indexed;
            }
            // First: for a batch of people this also loads their organisations, read just below (PeopleFacts).
            boolean takesPart = PeopleFacts.takesPart(person, session);
            target.addValue(name, person.getName());
            target.addValue(nameParts, person.getName());
            target.addValue(nameSort, person.getName());
            target.addValue(title, person.getTitle());
            Organisation o = person.getOrganisation();
            if (o != null) {
                target.addValue(organisation, o.getName());
                target.addValue(organisationKey, o.getKey());
                target.addValue(organisationType, o.getType() == null ? null : o.getType().code());
            }
            target.addValue(isPublic, takesPart);
        }
    }
}
