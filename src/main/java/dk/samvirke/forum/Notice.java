package dk.samvirke.forum;

/** One recorded notification with what its e-mail says. */
record Notice(long id, String recipient, NotificationReason reason, String detail, long topicId, String title,
        TopicKind kind, String categoryName, String productName, String postAuthor, String body, boolean opening) {

    /** Who the post is about: the product's name, or the category's. */
    String subject() {
        return productName != null ? productName : categoryName;
    }
}
