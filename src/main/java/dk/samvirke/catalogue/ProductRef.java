package dk.samvirke.catalogue;

/** A product as a link: its key and its name. */
public record ProductRef(String key, String name) {
}
