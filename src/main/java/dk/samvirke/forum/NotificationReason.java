package dk.samvirke.forum;

/**
 * Why an address gets a notification; the order is the priority when one address has several reasons
 * (it gets one e-mail, naming the first).
 */
enum NotificationReason {
    MENTION("mention"),
    CONTACT("contact"),
    WATCH_TOPIC("watch-topic"),
    WATCH_PRODUCT("watch-product"),
    WATCH_CATEGORY("watch-category");

    final String code;

    NotificationReason(String code) {
        this.code = code;
    }

    static NotificationReason of(String code) {
        for (var reason : values()) {
            if (reason.code.equals(code)) {
                return reason;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
