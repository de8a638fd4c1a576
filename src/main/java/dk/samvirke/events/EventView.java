package dk.samvirke.events;

/**
 * One event with its description, and after the event its materials and minutes, as sanitised HTML.
 *
 * @param descriptionMarkdown the description as written (for the organisers' form and plain-text uses)
 */
public record EventView(EventListing event, String descriptionMarkdown, String descriptionHtml, String materialsHtml,
        String minutesHtml, String materialsMarkdown, String minutesMarkdown, Long forumTopicId, boolean over) {
}
