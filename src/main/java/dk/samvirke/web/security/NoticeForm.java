package dk.samvirke.web.security;

import dk.samvirke.security.NoticeRequest;
import dk.samvirke.security.NoticeView;
import java.util.Arrays;
import java.util.List;

/** The notice form as posted; {@code aliases} separated by spaces or commas, {@code revision} the version shown. */
public record NoticeForm(String product, String title, String severity, String affected, String fixed, String fixedChoice,
        String description, String aliases, Long revision) {

    static NoticeForm blank(String product) {
        return new NoticeForm(product, null, "high", null, null, null, null, null, null);
    }

    static NoticeForm of(NoticeView n) {
        return new NoticeForm(n.product().key(), n.title(), n.severity().code(), n.affected(), n.fixed(), null,
                n.description(), String.join(" ", n.aliases()), n.revision());
    }

    /** The version fixed: typed in, else chosen among the harvested releases. */
    String fixedVersion() {
        return fixed != null && !fixed.isBlank() ? fixed : fixedChoice;
    }

    NoticeRequest request() {
        List<String> ids = aliases == null || aliases.isBlank() ? List.of()
                : Arrays.stream(aliases.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
        return new NoticeRequest(title, severity, affected, fixedVersion(), description, ids);
    }
}
