package dk.samvirke.accounts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dk.samvirke.history.HistoryEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything Samvirke holds about a person, as they download it: their account, the registry's person
 * record with the same e-mail, the changes they made, and what other modules keep about them. Token and password hashes are never part of it.
 */
public record PersonalData(LocalDateTime exportedAt, AccountData account, List<TokenData> apiTokens,
        PersonData person, List<ParticipationData> participations, List<HistoryEntry> changesMade,
        @JsonIgnore Map<String, List<?>> more) {

    /** The other modules' sections ({@link PersonalRecords}), each a field of its own in the download. */
    @JsonAnyGetter
    public Map<String, List<?>> sections() {
        return more;
    }

    public record AccountData(String email, String name, String organisation, boolean enabled,
            LocalDateTime createdAt, LocalDateTime lastSignInAt, boolean hasPassword, boolean hasSecondFactor,
            List<RoleData> roles, String language) {
    }

    public record RoleData(String role, String organisation, String product) {
    }

    public record TokenData(String name, String prefix, LocalDateTime createdAt, LocalDateTime lastUsedAt,
            LocalDateTime revokedAt) {
    }

    public record PersonData(String email, String name, String title, String organisation) {
    }

    public record ParticipationData(String product, String role, BigDecimal allocation, LocalDate since,
            LocalDate until) {
    }
}
