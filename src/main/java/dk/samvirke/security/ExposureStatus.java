package dk.samvirke.security;

import dk.samvirke.shared.CodedEnum;

/** An organisation's standing towards a notice (§10). */
public enum ExposureStatus implements CodedEnum {
    /** Runs a version in the notice's range. */
    AFFECTED("affected"),
    /** Runs the product with an empty or unreadable version. */
    POSSIBLY_AFFECTED("possibly-affected"),
    /** Was affected and no longer is: its version left the range, or its admins said so. */
    RESOLVED("resolved"),
    /** Runs a version outside the range, or its admins said so. */
    NOT_AFFECTED("not-affected");

    private final String code;

    ExposureStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Still exposed: told, reminded, counted by openSecurityNotices. */
    public boolean isOpen() {
        return this == AFFECTED || this == POSSIBLY_AFFECTED;
    }

    /** What the version an organisation runs says about a range: affected, possibly affected or not. */
    public static ExposureStatus of(VersionRange range, String version) {
        return Version.readable(version).map(v -> range.contains(v) ? AFFECTED : NOT_AFFECTED).orElse(POSSIBLY_AFFECTED);
    }
}
