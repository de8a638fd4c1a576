/**
 * The JSON API under {@code /api/v1} (interfaces.md §4 onwards), documented by OpenAPI: one resource class
 * per resource, representation records, and the problem details of every error. Resources only map what
 * the modules answer; no figure is computed here.
 */
package dk.samvirke.api;
