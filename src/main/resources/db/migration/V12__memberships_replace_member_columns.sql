-- member_since/member_until now live as periods in membership (V11 moved them there); an organisation's
-- latest period is what a v1 package's columns show.
alter table organisation drop constraint ck_organisation_membership;
alter table organisation drop column member_since;
alter table organisation drop column member_until;
