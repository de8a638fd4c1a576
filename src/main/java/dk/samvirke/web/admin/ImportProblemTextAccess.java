package dk.samvirke.web.admin;

import dk.samvirke.importing.ImportProblem;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** An import problem in a language, for other pages (and tests) that show one outside the import page. */
@Component
public class ImportProblemTextAccess {

    private final ImportProblemText text;

    ImportProblemTextAccess(ImportProblemText text) {
        this.text = text;
    }

    public String text(ImportProblem problem, Locale locale) {
        return text.text(problem, locale).text();
    }
}
