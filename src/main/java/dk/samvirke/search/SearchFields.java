package dk.samvirke.search;

/** The index's field names, shared by the mapping and the kinds that query them. */
final class SearchFields {

    static final String KEY = "key";
    static final String NAME = "name";
    static final String NAME_SORT = "name_sort";
    static final String SUMMARY = "summary";
    static final String DESCRIPTION = "description";
    static final String SHORT_DESCRIPTION = "short";
    static final String LONG_DESCRIPTION = "long";
    static final String DESCRIPTION_SHORT = DESCRIPTION + "." + SHORT_DESCRIPTION;
    static final String DESCRIPTION_LONG = DESCRIPTION + "." + LONG_DESCRIPTION;
    static final String TITLE = "title";
    static final String TYPE = "type";
    static final String MUNICIPALITY_CODE = "municipalityCode";
    static final String ORGANISATION = "organisation";
    static final String ORGANISATION_KEY = "organisationKey";
    static final String ORGANISATION_TYPE = "organisationType";
    static final String PUBLIC = "public";
    static final String HIDDEN = "hidden";
    static final String BODY = "body";
    static final String OPENING = "opening";
    static final String TOPIC = "topic";
    static final String TOPIC_ID = "topicId";
    static final String TOPIC_TITLE = TOPIC + "." + TITLE;
    static final String TOPIC_HIDDEN = TOPIC + "." + HIDDEN;
    static final String TOPIC_TOPIC_ID = TOPIC + "." + TOPIC_ID;

    private SearchFields() {
    }

    /** The twin of a name field that holds its parts and their beginnings ({@link DanishAnalysis#NAME_PARTS}). */
    static String parts(String field) {
        return field + "_parts";
    }
}
