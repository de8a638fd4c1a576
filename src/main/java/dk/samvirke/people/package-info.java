/**
 * People: the people who take part in the community, identified by e-mail address, their organisation,
 * and their participation in products and in the association itself — role, share of a full-time job
 * and period. The same person may hold the same product and role again in another period; a
 * participation is known by (person, product, role, since).
 *
 * <p>What other modules ask of it: {@link dk.samvirke.people.PeopleDirectory} (a product's participants
 * and an organisation's, current or former on a date; the people recorded in a product),
 * {@link dk.samvirke.people.ParticipationSql} ("active" as a SQL condition), and the rules of each record
 * ({@link dk.samvirke.people.PersonRules}, {@link dk.samvirke.people.ParticipationRules}). Changes go
 * through {@link dk.samvirke.people.PeopleManagement} and {@link dk.samvirke.people.ParticipationManagement}
 * for the organisation's administrators ({@link dk.samvirke.people.PeoplePolicy}).
 * {@link dk.samvirke.people.NewParticipations} and {@link dk.samvirke.people.NewPeople} are the participation and
 * person tables' bulk writers, for an import's new records (COPY on PostgreSQL, with each one's history entry).
 */
package dk.samvirke.people;
