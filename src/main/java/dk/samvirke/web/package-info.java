/**
 * The public pages: layout, language, error pages, and one sub-package per area of the site. Reads
 * the other modules through their repositories and services; writes nothing.
 */
package dk.samvirke.web;
