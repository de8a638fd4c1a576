package dk.samvirke.accounts;

import dk.samvirke.accounts.AccountRequests.FieldProblem;
import java.util.List;

/** A request about accounts that cannot be carried out, with every field that is wrong. */
public class AccountRequestException extends RuntimeException {

    private final transient List<FieldProblem> problems;
    private final boolean conflict;

    AccountRequestException(List<FieldProblem> problems, boolean conflict) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
        this.conflict = conflict;
    }

    static AccountRequestException of(String field, String message) {
        return new AccountRequestException(List.of(new FieldProblem(field, message)), false);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** True when the request clashes with what exists (an account with that e-mail), not with the rules. */
    public boolean isConflict() {
        return conflict;
    }
}
