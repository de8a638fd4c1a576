/**
 * The organisation register: municipalities, regions, state bodies, associations and suppliers, with
 * their official codes, region, population and e-mail domains — over time. An organisation exists from
 * {@code founded_on} until {@code dissolved_on}, when a successor may take over (the 2007 municipal
 * reform, the 2027 merger of two regions); it is a member of the association in any number of
 * non-overlapping periods.
 *
 * <p>What other modules ask of it: {@link dk.samvirke.organisations.OrganisationDirectory} (one
 * organisation with its history; pages of lists; whether an organisation exists or is a member on a
 * date, and its population), {@link dk.samvirke.organisations.OrganisationSql} (the same definitions as
 * SQL conditions for their own queries), {@link dk.samvirke.organisations.OrganisationRules} (the rules
 * of a record, for the importer, the API and the pages). Changes go through
 * {@link dk.samvirke.organisations.OrganisationManagement}; a module that keeps records of an
 * organisation takes part in a merger by implementing {@link dk.samvirke.organisations.MergeStep}.
 * {@link dk.samvirke.organisations.NewOrganisations} writes an import's new organisations and their periods in bulk
 * (COPY on PostgreSQL, with each record's history entry).
 */
package dk.samvirke.organisations;
