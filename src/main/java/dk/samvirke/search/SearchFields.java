package dk.samvirke.search;

/** The index's field names, shared by the mapping and the kinds that query them. */
final class SearchFields {

    static final String KEY = "key";
    static final String NAME = "name";
    static final String NAME_SORT = "name_sort";
    static final String SUMMARY = "summary";
    static final String TITLE = "title";
    static final String TYPE = "type";
    static final String MUNICIPALITY_CODE = "municipalityCode";
    static final String ORGANISATION = "organisation";
    static final String ORGANISATION_KEY = "organisationKey";
    static final String ORGANISATION_TYPE = "organisationType";
    static final String PUBLIC = "public";
    static final String HIDDEN = "hidden";
    static final String BODY = "body";
    static final String TOPIC = "topic";
    static final String TOPIC_ID = "topicId";
    static final String TOPIC_TITLE = TOPIC + "." + TITLE;
    static final String TOPIC_HIDDEN = TOPIC + "." + HIDDEN;
    static final String TOPIC_TOPIC_ID = TOPIC + "." + TOPIC_ID;

    private SearchFields() {
    }
}
