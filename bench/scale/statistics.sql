-- interfaces.md §3's figures for the date :'d', written by hand from the definitions (the benchmark's
-- reference and oracle; psql -v d=2025-06-30 -f statistics.sql). One statement, as the application's.
with
  org as (select id, type from organisation
          where (founded_on is null or founded_on <= :'d'::date) and (dissolved_on is null or dissolved_on > :'d'::date)),
  member as (select o.id, o.type from org o
             where exists (select 1 from membership m where m.organisation_id = o.id
                           and m.since <= :'d'::date and (m.until is null or m.until > :'d'::date))),
  managed as (select id from product
              where (adopted_on is null or adopted_on <= :'d'::date) and (retired_on is null or retired_on > :'d'::date)),
  municipal_usage as (select u.product_id from product_usage u
                      join org o on o.id = u.organisation_id and o.type = 'municipality'
                      join managed p on p.id = u.product_id
                      where u.status in ('pilot', 'production')
                        and (u.since is null or u.since <= :'d'::date) and (u.until is null or u.until > :'d'::date)),
  active_part as (select * from participation
                  where (since is null or since <= :'d'::date) and (until is null or until > :'d'::date)),
  municipal_part as (select pe.id as person_id, pe.organisation_id from active_part pa
                     join person pe on pe.id = pa.person_id
                     join org o on o.id = pe.organisation_id and o.type = 'municipality'
                     join managed p on p.id = pa.product_id),
  allocation as (select person_id, sum(allocation) as total from active_part where allocation is not null
                 group by person_id)
select
  (select count(*) from org where type = 'municipality') as municipalities,
  (select count(*) from member where type = 'municipality') as member_municipalities,
  (select count(*) from member) as members,
  (select count(*) from managed) as products,
  (select count(distinct product_id) from municipal_usage) as products_in_use,
  (select count(*) from municipal_usage) as municipal_usages,
  (select count(distinct person_id) from municipal_part) as participants,
  (select count(distinct organisation_id) from municipal_part) as participating_municipalities,
  (select count(*) from allocation where total >= 1) as full_time,
  (select count(*) from allocation where total > 0 and total < 1) as part_time;
