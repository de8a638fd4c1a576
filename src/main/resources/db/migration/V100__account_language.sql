-- The language a person last chose on the site (da or en): mails to them are written in it alone.
-- Null: never chosen; such mails stay Danish with English below. Kept apart from the account entity's
-- columns (written by AccountLanguages only), so that choosing a language is no change of the account.
alter table account add column language varchar(2);
