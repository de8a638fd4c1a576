package dk.samvirke.importing;

/** What an import did with the records of one file. */
public record FileSummary(int created, int updated, int unchanged) {

    public boolean changed() {
        return created > 0 || updated > 0;
    }
}
