/**
 * The events' pages: {@code /arrangementer} (upcoming and past by month, filtered by kind and product), an
 * event's page (sign-up, the waiting list, add to calendar, the organisers' list and attendance, materials
 * and minutes afterwards), the events on a product's page and one's own sign-ups and calendar on
 * {@code /konto}.
 */
package dk.samvirke.web.events;
