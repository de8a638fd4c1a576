package dk.samvirke.forum;

import java.util.List;

/** Notifications wanted at once were recorded with a post; after its commit they become mails in the outbox. */
record NotificationsRecorded(List<Long> notifications) {
}
