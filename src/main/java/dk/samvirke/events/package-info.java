/**
 * Events: meetings, workshops, conferences and webinars of the association, of a product community or
 * of a body (interfaces.md §11). Sign-up with a waiting list in registration order (never more
 * registered than seats: the event's row is locked while a seat is taken or given back), promotion
 * from the waiting list, deadlines, cancellation, attendance; iCalendar feeds; reminders; materials and
 * minutes afterwards; the event figures of §3.1.
 *
 * <p>Public API for other modules: {@link dk.samvirke.events.EventDirectory} (an event's summary, e.g. to
 * link a decision to its meeting) and the SPI {@link dk.samvirke.events.EventBodies}, which the module
 * owning bodies (governance) implements — this module never depends on it.
 * The policy class of this module alone decides who may do what here.
 */
package dk.samvirke.events;
