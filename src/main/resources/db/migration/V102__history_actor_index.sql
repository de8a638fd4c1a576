-- The administrators' history filtered by who acted, newest first: actors are kept in lower case (AuditTrail),
-- so the filter compares them as they are, and the index on (actor, id) answers it in id order. It compared
-- lower(actor), which no index held: at 315 000 entries a scan of the whole history, 0.3 s a page.
update audit_entry set actor = lower(actor) where actor <> lower(actor);
drop index ix_audit_actor;
create index ix_audit_actor on audit_entry (actor, id);
