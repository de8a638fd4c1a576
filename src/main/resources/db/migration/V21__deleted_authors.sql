-- A deleted account's forum posts and topics stay, by nobody: their author's name and address are removed
-- (accounts.AccountDeleted, forum.DeletedAuthors); pages show "a deleted user".
alter table forum_topic alter column author_name drop not null;
alter table forum_post alter column author_name drop not null;
