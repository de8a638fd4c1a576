/**
 * History: every insert, update and delete of an audited record, whoever made it (a form, the API, an
 * import, a merger), in the same transaction as the change; read per record or filtered across the registry.
 */
package dk.samvirke.history;
