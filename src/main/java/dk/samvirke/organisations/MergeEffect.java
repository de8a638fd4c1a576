package dk.samvirke.organisations;

import java.time.LocalDate;

/**
 * One thing a merger does, for the preview and the summary: {@code kind} says what (pages word it as
 * {@code merge.effect.<kind>}), {@code subject} what it is done to (a product, a person, a period),
 * {@code detail} anything more (a status, a version), {@code date} the day it takes effect.
 */
public record MergeEffect(String kind, String subject, String detail, LocalDate date) implements java.io.Serializable {

    public static final String DISSOLVED = "dissolved";
    public static final String MEMBERSHIP_ENDS = "membership-ends";
    public static final String MEMBERSHIP_REMOVED = "membership-removed";
    public static final String MEMBER_FROM = "member-from";
    public static final String ALREADY_MEMBER = "already-member";
    public static final String USAGE_ENDS = "usage-ends";
    public static final String USAGE_CONTINUES = "usage-continues";
    public static final String USAGE_ALREADY_AT_TARGET = "usage-already-at-target";
    public static final String PERSON_MOVES = "person-moves";
}
