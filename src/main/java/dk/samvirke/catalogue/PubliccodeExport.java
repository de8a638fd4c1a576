package dk.samvirke.catalogue;

import dk.samvirke.catalogue.publiccode.PubliccodeDocument;
import dk.samvirke.catalogue.publiccode.PubliccodeDocument.Contact;
import dk.samvirke.catalogue.publiccode.PubliccodeDocument.Contractor;
import dk.samvirke.catalogue.publiccode.PubliccodeDocument.Description;
import dk.samvirke.catalogue.publiccode.PubliccodeDocument.Legal;
import dk.samvirke.catalogue.publiccode.PubliccodeDocument.Localisation;
import dk.samvirke.catalogue.publiccode.PubliccodeDocument.Maintenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A product as a publiccode.yml document. What the registry does not know but the standard requires
 * gets a sensible stand-in, so the file always validates: it is a starting point for the product's
 * own publiccode.yml as much as an export.
 */
final class PubliccodeExport {

    /** The standard's minimum for a long description, in characters (graphemes). */
    private static final int LONG_DESCRIPTION_MIN = 150;
    private static final int SHORT_DESCRIPTION_MAX = 150;

    private PubliccodeExport() {
    }

    /** @param fallbackUrl the product's page, used as {@code url} when no repository is registered */
    static PubliccodeDocument of(Product p, String fallbackUrl, LocalDate today) {
        String url = p.getRepository() != null ? p.getRepository() : p.getWebsite() != null ? p.getWebsite() : fallbackUrl;
        List<String> platforms = p.getPlatforms().isEmpty() ? List.of("web") : p.getPlatforms();
        Map<String, Description> descriptions = new LinkedHashMap<>();
        p.getDescriptions().forEach(d -> descriptions.put(d.getLanguage(), description(p, d)));
        if (descriptions.isEmpty()) {
            descriptions.put("da", fromSummary(p));
        }
        return new PubliccodeDocument("0", p.getName(), null, url, p.getWebsite(), List.of(), p.getReleaseVersion(),
                p.getReleaseDate(), p.getLogo(), null, platforms, p.getCategories(), List.of(), null,
                developmentStatus(p, today), p.getSoftwareType() != null ? p.getSoftwareType() : "standalone/web",
                descriptions, new Legal(p.getLicence() != null ? p.getLicence() : "LicenseRef-unknown", null, null),
                maintenance(p), new Localisation(false, List.copyOf(descriptions.keySet())));
    }

    private static String developmentStatus(Product p, LocalDate today) {
        if (p.getDevelopmentStatus() != null) {
            return p.getDevelopmentStatus();
        }
        return p.getRetiredOn() != null && !p.getRetiredOn().isAfter(today) ? "obsolete" : "stable";
    }

    private static Description description(Product p, ProductDescription d) {
        String shortText = d.getShortDescription() != null ? d.getShortDescription() : shortOf(p);
        String longText = atLeastMinimum(d.getLongDescription(), p, shortText);
        List<String> features = d.getFeatures().isEmpty() ? List.of(shortText) : d.getFeatures();
        return new Description(d.getLocalisedName(), shortText, longText, features, List.of(), null, null, List.of(),
                List.of());
    }

    private static Description fromSummary(Product p) {
        String shortText = shortOf(p);
        return new Description(null, shortText, atLeastMinimum(p.getSummary(), p, shortText), List.of(shortText),
                List.of(), null, null, List.of(), List.of());
    }

    private static String shortOf(Product p) {
        String text = p.getSummary() != null && !p.getSummary().isBlank() ? p.getSummary().strip() : p.getName();
        // by code points; a grapheme is at least one, so this never exceeds the standard's limit
        return text.codePointCount(0, text.length()) <= SHORT_DESCRIPTION_MAX ? text
                : text.substring(0, text.offsetByCodePoints(0, SHORT_DESCRIPTION_MAX - 1)) + "…";
    }

    /** The registry's summaries are one line; the standard wants a paragraph, so a plain note is added. */
    private static String atLeastMinimum(String text, Product p, String shortText) {
        String base = text != null && !text.isBlank() ? text.strip() : shortText;
        if (base.length() >= LONG_DESCRIPTION_MIN * 2) {
            return base; // UTF-16 length over twice the minimum: surely enough graphemes
        }
        String note = "\n\n" + p.getName() + " er registreret i Samvirke, fællesskabets register over delte løsninger. "
                + "Denne beskrivelse er dannet ud fra registret, fordi produktet endnu ikke har en længere beskrivelse.";
        return base + note;
    }

    private static Maintenance maintenance(Product p) {
        List<Contact> contacts = new ArrayList<>();
        List<Contractor> contractors = new ArrayList<>();
        for (ProductContact c : p.getContacts()) {
            if (c.getKind().equals(ProductContact.CONTRACTOR)) {
                contractors.add(new Contractor(c.getName(), c.getEmail(), c.getWebsite(), c.getUntil()));
            } else {
                contacts.add(new Contact(c.getName(), c.getEmail(), c.getAffiliation(), c.getPhone()));
            }
        }
        String type = p.getMaintenanceType();
        // the standard ties contacts and contractors to the type: fall back to what the data supports
        if (type == null || type.equals("contract") && contractors.isEmpty()
                || (type.equals("internal") || type.equals("community")) && contacts.isEmpty()) {
            type = contacts.isEmpty() ? "none" : "community";
        }
        return new Maintenance(type, type.equals("contract") ? contractors : List.of(), contacts);
    }
}
