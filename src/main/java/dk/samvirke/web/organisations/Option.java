package dk.samvirke.web.organisations;

/** One choice of a select: the value posted and the label shown. */
public record Option(String value, String label) {
}
