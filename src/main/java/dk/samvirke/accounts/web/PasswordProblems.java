package dk.samvirke.accounts.web;

/** The message key for a reason {@code PasswordPolicy} gives in English, so the page can say it in Danish. */
final class PasswordProblems {

    private PasswordProblems() {
    }

    static String messageKey(String problem) {
        if (problem == null) {
            return "password.problem.other";
        }
        if (problem.contains("at least")) {
            return "password.problem.short";
        }
        if (problem.contains("at most")) {
            return "password.problem.long";
        }
        if (problem.contains("too common")) {
            return "password.problem.weak";
        }
        return "password.problem.other";
    }
}
