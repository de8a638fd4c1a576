package dk.samvirke.mail;

import java.util.UUID;

/** The event in the publication registry: only the mail's id, so no address or link is serialised twice. */
record MailQueued(UUID mail) {
}
