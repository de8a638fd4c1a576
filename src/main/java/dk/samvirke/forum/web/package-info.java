/** The forum's pages: reading for everyone, writing for people signed in; htmx where it helps, never required. */
package dk.samvirke.forum.web;
