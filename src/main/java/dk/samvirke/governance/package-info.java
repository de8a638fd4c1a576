/**
 * Governance and economics (interfaces.md §9): who steers each product and the association — bodies
 * (styregruppe, koordinationsgruppe, faggrupper, board, general assembly) with their mandate, period and
 * members (people through participations with a body, chair marked) — what they decided, each product's
 * maturity stage over time with the decision behind each step, fees and budgets per product and year,
 * and what each organisation pays ({@link dk.samvirke.governance.CostSharing}: population bands, member
 * and non-member prices, joining fees, equal split, the association's membership fee).
 *
 * <p>What other modules ask of it: {@link dk.samvirke.governance.GovernanceDirectory} (the read side),
 * {@link dk.samvirke.governance.CostSharingService} (cost sharing and invoice basis);
 * writes go through {@link dk.samvirke.governance.GovernanceManagement} under
 * {@link dk.samvirke.governance.GovernancePolicy}. Its package files are {@code bodies.csv},
 * {@code decisions.csv}, {@code stages.csv}, {@code fees.csv} and {@code budgets.csv}.
 */
package dk.samvirke.governance;
