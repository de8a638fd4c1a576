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

    private SearchFields() {
    }
}
