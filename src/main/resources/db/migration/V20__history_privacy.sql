-- Which fields of a history entry hold personal data (comma-separated), and whether its key does: only
-- administrators see those values (history.HistoryPrivacy). Written with each entry from the record's own
-- declaration (Audited.personalFields); the entries written before are marked here by their record type.
alter table audit_entry add column personal_fields varchar(500);
alter table audit_entry add column personal_key boolean default false not null;

update audit_entry set personal_fields = 'email,name,title', personal_key = true where record_type = 'person';
update audit_entry set personal_fields = 'email,name', personal_key = true where record_type = 'account';
update audit_entry set personal_fields = 'person', personal_key = true where record_type = 'participation';
update audit_entry set personal_fields = 'contactEmail' where record_type = 'usage';
update audit_entry set personal_fields = 'email,phone' where record_type = 'product-contact';
update audit_entry set personal_fields = 'author' where record_type in ('forum-topic', 'forum-post');
