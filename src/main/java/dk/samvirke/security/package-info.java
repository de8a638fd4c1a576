/**
 * Security notices (interfaces.md §10): a product's managers publish a notice about a range of its versions
 * ({@link dk.samvirke.security.VersionRange}, {@link dk.samvirke.security.Version}); every organisation with an
 * active usage of the product gets a status — affected, possibly affected (no readable version), resolved or
 * not affected — computed from the version it runs, and the affected and possibly affected ones are told once,
 * by e-mail through the outbox, to the usage's contact and the organisation's admins. Statuses are tracked
 * (set by the organisation's admins, or resolved by itself when the usage's version leaves the range), with
 * reminders after 7 and 30 days.
 *
 * <p>Which organisation runs an affected version is never public: {@link dk.samvirke.security.NoticeDirectory}
 * gives the public the notice and counts only, and the statuses per organisation only to admins, the product's
 * managers and the organisation's own admins ({@link dk.samvirke.security.SecurityNoticePolicy}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security notices")
package dk.samvirke.security;
