/**
 * The pages of signing in and of a person's own account: the sign-in form and its second step, the
 * e-mailed links to choose a password, and "My account" with its tokens, password and personal data.
 */
package dk.samvirke.accounts.web;
