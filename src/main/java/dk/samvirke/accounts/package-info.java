/**
 * Accounts: local accounts and single sign-on (OIDC), the roles admin, organisation-admin, product-manager
 * and member, API tokens, the second factor for administrators, sessions in the database, and one's own
 * account (password, tokens, personal data download and deletion). {@link dk.samvirke.accounts.SignedInUser}
 * is who is acting, as every module's authorisation policy sees it.
 */
package dk.samvirke.accounts;
