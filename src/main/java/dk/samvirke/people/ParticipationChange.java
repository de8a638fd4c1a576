package dk.samvirke.people;

/**
 * A participation as a form, the API or a CSV row sends it, field by field as text.
 *
 * @param person  the person's e-mail address
 * @param product a product key; empty for a part in the association itself (board, secretariat, …)
 * @param role    a role code ({@code product-manager}, {@code developer}, …)
 * @param allocation the share of a full-time job, 0 to 1 ({@code 0.5} or {@code 0,5})
 */
public record ParticipationChange(String person, String product, String role, String allocation, String since,
        String until) {
}
