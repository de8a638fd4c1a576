package dk.samvirke.catalogue.publiccode;

import static dk.samvirke.catalogue.publiccode.Violations.list;
import static dk.samvirke.catalogue.publiccode.Violations.string;
import static dk.samvirke.catalogue.publiccode.Violations.stringOrEmpty;
import static dk.samvirke.catalogue.publiccode.Violations.struct;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks that run after the field rules: deprecations, referenced files, oEmbed videos
 * and (optionally) URL reachability. They run even when field rules failed, in the
 * reference's order.
 */
final class ExternalChecks {

    private static final Pattern KNOWN_FORGE_REPO = Pattern.compile(
            "(?i)https?://(www\\.)?(github\\.com|gitlab\\.com|bitbucket\\.org)/[^/]+/[^/]+.*");

    private final AssetChecks assets;
    private final boolean network;
    private final NetworkProbe probe;

    ExternalChecks(AssetChecks assets, boolean network, NetworkProbe probe) {
        this.assets = assets;
        this.network = network;
        this.probe = probe;
    }

    void check(Map<String, Object> root, Violations v) {
        String url = string(root, "url");
        reachable(url, "url", v);
        if (network && url != null && !looksLikeRepository(url)) {
            v.error("url", "is not a valid code repository");
        }
        reachable(string(root, "landingURL"), "landingURL", v);
        reachable(string(root, "roadmap"), "roadmap", v);
        logo(stringOrEmpty(root, "logo"), "logo", v);
        String monochrome = stringOrEmpty(root, "monochromeLogo");
        if (!monochrome.isEmpty()) {
            v.warning("monochromeLogo", Messages.deprecatedUse("logo"));
            logo(monochrome, "monochromeLogo", v);
        }
        Map<String, Object> audience = struct(root, "intendedAudience");
        if (audience != null) {
            lowercaseCountries(audience, "countries", v);
            lowercaseCountries(audience, "unsupportedCountries", v);
        }
        Map<String, Object> legal = struct(root, "legal");
        String authorsFile = string(legal, "authorsFile");
        if (authorsFile != null) {
            v.warning("legal.authorsFile", Messages.DEPRECATED_DROP);
            authorsFile(authorsFile, v);
        }
        if (string(legal, "repoOwner") != null) {
            v.warning("legal.repoOwner", Messages.deprecatedUse("organisation.name"));
        }
        if (list(root, "inputTypes") != null) {
            v.warning("inputTypes", Messages.DEPRECATED_DROP);
        }
        if (list(root, "outputTypes") != null) {
            v.warning("outputTypes", Messages.DEPRECATED_DROP);
        }
        Map<String, Object> description = struct(root, "description");
        if (description != null) {
            for (Map.Entry<String, Object> e : description.entrySet()) {
                description(e.getKey(), Violations.asStruct(e.getValue()), v);
            }
        }
        italianSection(root, v);
    }

    private void description(String language, Map<String, Object> desc, Violations v) {
        String prefix = "description." + language + ".";
        if (!stringOrEmpty(desc, "genericName").isEmpty()) {
            v.warning(prefix + "genericName", Messages.DEPRECATED_DROP);
        }
        reachable(string(desc, "documentation"), prefix + "documentation", v);
        reachable(string(desc, "apiDocumentation"), prefix + "apiDocumentation", v);
        List<Object> screenshots = list(desc, "screenshots");
        if (screenshots != null) {
            for (int i = 0; i < screenshots.size(); i++) {
                String shot = (String) screenshots.get(i);
                String key = prefix + "screenshots[" + i + "]";
                String refused = AssetChecks.notRelativeOrUrl(shot);
                if (refused != null) {
                    v.error(key, refused);
                    continue;
                }
                String problem = assets.imageProblem(shot);
                if (problem != null) {
                    v.error(key, "'" + shot + "' is not an image: " + problem);
                }
            }
        }
        List<Object> videos = list(desc, "videos");
        if (videos != null) {
            for (int i = 0; i < videos.size(); i++) {
                String video = (String) videos.get(i);
                if (!CodeLists.isOembedUrl(video)) {
                    v.error(prefix + "videos[" + i + "]", "'" + video
                            + "' is not a valid video URL supporting oEmbed: invalid oEmbed link: " + video);
                }
            }
        }
    }

    private void italianSection(Map<String, Object> root, Violations v) {
        Map<String, Object> upper = struct(root, "IT");
        Map<String, Object> lower = struct(root, "it");
        Map<String, Object> it = upper;
        if (lower != null) {
            v.warning("it", "Lowercase country codes are DEPRECATED and will be removed in the future. Use 'IT' instead");
            it = lower;
        }
        if (upper != null && lower != null) {
            v.error("it", "'IT' key already present. Remove this key");
            it = upper;
        }
        if (it == null) {
            return;
        }
        if (it.containsKey("conforme")) {
            v.warning("IT.conforme", Messages.DEPRECATED_DROP);
        }
        String codiceIpa = stringOrEmpty(struct(it, "riuso"), "codiceIPA");
        if (!codiceIpa.isEmpty() && CodeLists.isItalianIpaCode(codiceIpa)) {
            v.warning("IT.riuso.codiceIPA", "This key is DEPRECATED and will be removed in the future. "
                    + "Use 'organisation.uri' and set it to 'urn:x-italian-pa:" + codiceIpa + "' instead");
        }
    }

    private void logo(String logo, String key, Violations v) {
        if (logo.isEmpty()) {
            return;
        }
        String refused = AssetChecks.notRelativeOrUrl(logo);
        if (refused != null) {
            v.error(key, refused);
            return;
        }
        String problem = assets.logoProblem(logo);
        if (problem != null) {
            v.error(key, problem);
        }
    }

    private void authorsFile(String authorsFile, Violations v) {
        String refused = AssetChecks.notRelativeOrUrl(authorsFile);
        if (refused != null) {
            v.error("legal.authorsFile", refused);
            return;
        }
        StringBuilder shown = new StringBuilder();
        String problem = assets.fileProblem(authorsFile, shown);
        if (problem != null) {
            v.error("legal.authorsFile", "'" + shown + "' does not exist: " + problem);
        }
    }

    private void lowercaseCountries(Map<String, Object> audience, String name, Violations v) {
        List<Object> countries = list(audience, name);
        if (countries == null) {
            return;
        }
        for (int i = 0; i < countries.size(); i++) {
            String c = (String) countries.get(i);
            if (CountryCodes.isAlpha2LowerOrUpper(c) && c.equals(c.toLowerCase(Locale.ROOT))) {
                v.warning("intendedAudience." + name + "[" + i + "]",
                        "Lowercase country codes are DEPRECATED. Use uppercase instead ('"
                                + c.toUpperCase(Locale.ROOT) + "')");
            }
        }
    }

    private void reachable(String url, String key, Violations v) {
        if (!network || url == null) {
            return;
        }
        String reason = probe.unreachableReason(url);
        if (reason != null) {
            v.error(key, "'" + url + "' not reachable: " + reason);
        }
    }

    /**
     * A simplification of the reference's repository detection (which asks the forge): known
     * forges need owner/repository, anything else must at least be an http(s) URL or end in .git.
     */
    private static boolean looksLikeRepository(String url) {
        if (KNOWN_FORGE_REPO.matcher(url).matches()) {
            return true;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        boolean forge = lower.matches("https?://(www\\.)?(github\\.com|gitlab\\.com|bitbucket\\.org)(/.*)?");
        return !forge && (FormatChecks.isHttpUrl(url) || lower.endsWith(".git"));
    }
}
