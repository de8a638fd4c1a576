package dk.samvirke.accounts;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where to go after signing in, from a {@code continue} parameter: only a path on this site, never an
 * address elsewhere ({@code //evil.example}, {@code /\evil.example}, {@code https://…}, control characters),
 * so the sign-in form cannot be made into an open redirect.
 */
public final class LocalPath {

    /** The parameter the sign-in links and the form carry. */
    public static final String PARAMETER = "continue";
    static final String SESSION_ATTRIBUTE = "samvirke.signin.continue";
    private static final Pattern SAFE = Pattern.compile("/(?![/\\\\])[A-Za-z0-9._~!$&'()*+,;=:@%/?#-]{0,500}");

    private LocalPath() {
    }

    /** The path when it is a local one, else empty. */
    public static Optional<String> of(String candidate) {
        if (candidate == null || !SAFE.matcher(candidate).matches() || candidate.startsWith("/login")) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }
}
