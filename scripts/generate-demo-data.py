#!/usr/bin/env python3
"""Writes the bundled demo data package (src/main/resources/demo-data/, a data package v1.1) from the
reference data in ../shared/data (or $SAMVIRKE_SHARED/data). Deterministic: the same input gives the
same files.

Municipalities, regions and their codes and populations are real (see PROVENANCE.md there); the
association and most product names are real; memberships, usages, people and participations are
FICTIONAL and labelled so in the files' README and on every page while demo data is shown.

The package reproduces the association's published figures as of today (interfaces.md §3): 82 of the
98 municipalities are members (84 %), 25 products, 20 of them in use 394 times by municipalities
(4.0 on average), 136 people from 48 municipalities take part, 5 full-time and 7 part-time. It carries
some history too: members that left and rejoined, a former member, retired products with their former
users, participations that ended and began again, and the planned merger of Region Hovedstaden and
Region Sjælland into Region Østdanmark on 2027-01-01. Every date lies before 2026-12-01 except the
merger's, so the figures hold from then until the merger (which changes no municipal figure)."""
import csv, os, random, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
shared = os.path.join(os.environ.get('SAMVIRKE_SHARED', os.path.join(root, '..', 'shared')), 'data')
out = os.path.join(root, 'src', 'main', 'resources', 'demo-data')
rng = random.Random(20261201)

MERGER = '2027-01-01'
MEMBER_MUNICIPALITIES = 82
USAGES = 394            # active municipal usages of managed products today
PRODUCTS_IN_USE = 20    # of the 25 managed products
PARTICIPANTS = 136      # municipal people in managed products today ...
PARTICIPATING = 48      # ... from this many municipalities
FULL_TIME, PART_TIME = 5, 7


def slug(s):
    s = s.lower()
    for a, b in (('æ', 'ae'), ('ø', 'oe'), ('å', 'aa'), (' ', '-')):
        s = s.replace(a, b)
    return ''.join(c for c in s if c.isalnum() or c == '-')


def day(year, month=1, d=1):
    return f'{year}-{month:02d}-{d:02d}'


regions = list(csv.DictReader(open(os.path.join(shared, 'dk_regioner.csv'), encoding='utf-8')))
kommuner = list(csv.DictReader(open(os.path.join(shared, 'dk_kommuner.csv'), encoding='utf-8')))

special_names = {'København': 'Københavns Kommune', 'Bornholm': 'Bornholms Regionskommune'}
special_domains = {'København': 'kk.dk', 'Aarhus': 'aarhus.dk', 'Aalborg': 'aalborg.dk', 'Odense': 'odense.dk'}


def org(key, name, type, **fields):
    row = dict(key=key, name=name, type=type, municipality_code='', cvr='', region='', population='', website='',
               email_domains='', member_since='', member_until='', founded_on='', dissolved_on='', successor='', ean='')
    row.update(fields)
    return row


orgs, memberships = [], []
region_key = {}
for r in regions:
    key = slug(r['navn'])
    region_key[r['regionskode']] = key
    domain = key.replace('region-', 'r') + '.dk'
    orgs.append(org(key, r['navn'], 'region', population=r['befolkning_2020_01_01'], website=f'https://www.{domain}',
                    email_domains=domain))
by_key = {o['key']: o for o in orgs}

# The 2027 merger, planned: the two regions are dissolved on the day with Region Østdanmark as successor,
# as POST /api/v1/admin/organisations/{key}/merge would record it (their people stay until it is run).
oest_population = int(by_key['region-hovedstaden']['population']) + int(by_key['region-sjaelland']['population'])
orgs.append(org('region-oestdanmark', 'Region Østdanmark', 'region', population=str(oest_population),
                website='https://www.regionoestdanmark.dk', email_domains='regionoestdanmark.dk', founded_on=MERGER))
for key in ('region-hovedstaden', 'region-sjaelland'):
    by_key[key].update(dissolved_on=MERGER, successor='region-oestdanmark')
# Regions that are members: Midtjylland and Syddanmark since 2019, Hovedstaden since 2020 until the merger,
# after which Region Østdanmark continues its membership.
memberships += [('region-midtjylland', day(2019), ''), ('region-syddanmark', day(2019), ''),
                ('region-hovedstaden', day(2020), MERGER), ('region-oestdanmark', MERGER, '')]

municipalities, domains = [], {}
for k in kommuner:
    name = special_names.get(k['navn'], k['navn'] + ' Kommune')
    key = slug(k['navn']) + '-kommune'
    domain = special_domains.get(k['navn'], slug(k['navn']) + '.dk')
    municipalities.append(key)
    domains[key] = domain
    orgs.append(org(key, name, 'municipality', municipality_code=k['kommunekode'],
                    region=region_key[k['regionskode']], population=k['befolkning_2020_01_01'],
                    website=f'https://www.{domain}', email_domains=domain))

# 82 of the 98 municipalities are members today, joining between 2012 and 2023 (fictional dates). Six of them
# left for a while and came back; three of the sixteen others were members once.
members = sorted(rng.sample(municipalities, MEMBER_MUNICIPALITIES))
rejoined = set(rng.sample(members, 6))
for m in members:
    if m in rejoined:
        first = rng.randint(2012, 2015)
        left = rng.randint(first + 2, 2019)
        memberships += [(m, day(first), day(left)), (m, day(left + rng.randint(1, 3), rng.choice([1, 4, 7])), '')]
    else:
        memberships.append((m, day(rng.randint(2012, 2023), rng.choice([1, 4, 7, 10])), ''))
for former in sorted(rng.sample(sorted(set(municipalities) - set(members)), 3)):
    start = rng.randint(2013, 2016)
    memberships.append((former, day(start), day(start + rng.randint(3, 6))))

orgs += [
    org('os2', 'OS2 – Offentligt digitaliseringsfællesskab', 'association', website='https://os2.eu',
        email_domains='os2.eu'),
    org('digitaliseringsstyrelsen', 'Digitaliseringsstyrelsen', 'state', website='https://digst.dk',
        email_domains='digst.dk'),
    org('magenta', 'Magenta ApS', 'supplier', website='https://www.magenta.dk', email_domains='magenta.dk'),
    org('digital-identity', 'Digital Identity ApS', 'supplier', website='https://www.digital-identity.dk',
        email_domains='digital-identity.dk'),
]
by_key = {o['key']: o for o in orgs}
# organisations.csv shows each organisation's latest period, as an export writes it
for key, since, until in sorted(memberships, key=lambda m: (m[0], m[1])):
    by_key[key].update(member_since=since, member_until=until)

# Products with a one-line purpose (Danish, as on os2.eu). All names are OS2's, except the four marked
# as invented for the demo (to reach the association's 25 codebases).
products = [
    ('os2mo', 'OS2mo', 'Medarbejder- og organisationsdata ét sted, med åbne snitflader til fagsystemerne'),
    ('os2rollekatalog', 'OS2rollekatalog', 'Styring af brugerroller og rettigheder på tværs af kommunens IT-systemer'),
    ('os2faktor', 'OS2faktor', 'Login med to faktorer og single sign-on for kommunens medarbejdere'),
    ('os2borgerpc', 'OS2borgerPC', 'Sikre, selvbetjente borger-pc\'er på biblioteker og borgerservice'),
    ('os2iot', 'OS2iot', 'Fælles platform for sensorer og Internet of Things-data'),
    ('os2forms', 'OS2forms', 'Digitale selvbetjeningsformularer til borgere og virksomheder'),
    ('os2datascanner', 'OS2datascanner', 'Finder personfølsomme data i filer, e-mails og systemer (GDPR)'),
    ('os2sofd', 'OS2sofd', 'Samlet overblik over den offentlige medarbejder: identiteter, stillinger og tilhør'),
    ('os2kitos', 'OS2kitos', 'Overblik over kommunens IT-systemer, kontrakter og databehandleraftaler'),
    ('os2display', 'OS2display', 'Infoskærme: indhold og afvikling på skærme i kommunens bygninger'),
    ('os2valghalla', 'OS2valghalla', 'Planlægning og bemanding af valgstyrere og tilforordnede ved valg'),
    ('os2autoproces', 'OS2autoproces', 'Deling af robotprocesser (RPA) og automatiseringer mellem kommuner'),
    ('os2udoglaan', 'OS2udoglaan', 'Udlån og reservation af udstyr og lokaler'),
    ('os2loop', 'OS2loop', 'Spørgsmål og svar mellem fagpersoner på tværs af kommuner'),
    ('os2skoledata', 'OS2skoledata', 'Skoledata fra skoleadministrative systemer til skolernes IT-tjenester'),
    ('os2indberetning', 'OS2indberetning', 'Indberetning af kørsel og udbetaling af befordringsgodtgørelse'),
    ('os2fleetoptimiser', 'OS2fleetoptimiser', 'Optimering af kommunens flåde af køretøjer ud fra kørselsdata'),
    ('os2kravmotor', 'OS2kravmotor', 'Kravspecifikationer til udbud af IT-systemer, bygget af genbrugelige krav'),
    ('os2sync', 'OS2sync', 'Synkronisering af organisationsdata til Fælleskommunal Organisation'),
    ('os2compliance', 'OS2compliance', 'Overblik over kommunens efterlevelse af databeskyttelsesreglerne'),
    ('os2ugeplan', 'OS2ugeplan', 'Ugeplaner og opgaver mellem skole og hjem (opfundet til demoen)'),
    ('os2opgavefordeler', 'OS2opgavefordeler', 'Fordeling af sager og opgaver mellem kommunens enheder'),
    ('os2borgerdialog', 'OS2borgerdialog', 'Høringer og dialog med borgerne om lokale planer (opfundet til demoen)'),
    ('os2lokaleplan', 'OS2lokaleplan', 'Lokalplaner på kort, fra forslag til vedtagelse (opfundet til demoen)'),
    ('os2tilsyn', 'OS2tilsyn', 'Planlægning og dokumentation af kommunale tilsyn (opfundet til demoen)'),
    ('os2web', 'OS2web', 'Fælles kommunal hjemmesideplatform på Drupal'),
    ('os2dagsorden', 'OS2dagsorden', 'Dagsordener og referater fra politiske møder, publiceret til borgerne'),
]
retired = {'os2web', 'os2dagsorden'}
managed = [p[0] for p in products if p[0] not in retired]
licences = ['MPL-2.0'] * 6 + ['EUPL-1.2', 'GPL-3.0-or-later', 'AGPL-3.0-only']
product_rows = []
for i, (key, name, summary) in enumerate(products):
    adopted = day(2012 + i % 11, rng.choice([1, 3, 6, 9]))
    product_rows.append(dict(key=key, name=name, summary=summary, owner=rng.choice(members),
                             repository=f'https://github.com/OS2{key[3:]}/{key}', licence=rng.choice(licences),
                             website=f'https://os2.eu/produkt/{key}', adopted_on=adopted,
                             retired_on='2023-12-31' if key in retired else ''))
adopted_on = {p['key']: p['adopted_on'] for p in product_rows}


def since_after(product, first_year=2014):
    year = max(first_year, int(adopted_on[product][:4]) + 1)
    return day(rng.randint(year, 2025), rng.randint(1, 12), rng.randint(1, 28))


def version():
    return f'{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}'


# Exactly 394 active municipal usages of 20 managed products; the other 5 managed products are planned,
# piloted by a region, or discontinued, so they are not "in use".
in_use = managed[:PRODUCTS_IN_USE]
not_in_use = managed[PRODUCTS_IN_USE:]
counts = [rng.randint(2, 6) for _ in municipalities]
while sum(counts) != USAGES:
    i = rng.randrange(len(counts))
    if sum(counts) > USAGES and counts[i] > 1:
        counts[i] -= 1
    elif sum(counts) < USAGES and counts[i] < 9:
        counts[i] += 1
weights = [len(in_use) - i for i in range(len(in_use))]  # the first products are the most used
usage_rows, used = [], {}
for m, n in zip(municipalities, counts):
    chosen = []
    while len(chosen) < n:
        p = rng.choices(in_use, weights)[0]
        if p not in chosen:
            chosen.append(p)
    used[m] = chosen
for p in in_use:  # every one of the 20 is in use somewhere
    if not any(p in c for c in used.values()):
        m = max(used, key=lambda k: len(used[k]))
        used[m][-1] = p
for m in municipalities:
    for p in used[m]:
        usage_rows.append(dict(organisation=m, product=p, status=rng.choice(['production'] * 5 + ['pilot']),
                               since=since_after(p), until='', version=version(), contact_email=f'it-drift@{domains[m]}'))
    # records that do not count today: a plan, an ended use, the retired products' former users
    for p in rng.sample([p for p in managed if p not in used[m]], rng.randint(0, 2)):
        if rng.random() < 0.5:
            usage_rows.append(dict(organisation=m, product=p, status='planned', since='', until='', version='',
                                   contact_email=f'it-drift@{domains[m]}'))
        else:
            since = since_after(p)
            usage_rows.append(dict(organisation=m, product=p, status=rng.choice(['production', 'discontinued']),
                                   since=since, until=day(min(int(since[:4]) + rng.randint(1, 3), 2026), 6, 30),
                                   version=version(), contact_email=f'it-drift@{domains[m]}'))
    if rng.random() < 0.35:
        usage_rows.append(dict(organisation=m, product='os2web', status='production', since=day(rng.randint(2013, 2018)),
                               until='', version=version(), contact_email=f'it-drift@{domains[m]}'))
for p in not_in_use[:2]:
    usage_rows.append(dict(organisation='region-midtjylland', product=p, status='pilot', since=since_after(p),
                           until='', version=version(), contact_email='it@rmidtjylland.dk'))
# Region Hovedstaden's usages end at the merger and continue at Region Østdanmark, as the merger records them.
for p in ('os2faktor', 'os2kitos'):
    since = since_after(p, 2020)
    usage_rows.append(dict(organisation='region-hovedstaden', product=p, status='production', since=since,
                           until=MERGER, version='3.2.0', contact_email='it@rhovedstaden.dk'))
    usage_rows.append(dict(organisation='region-oestdanmark', product=p, status='production', since=MERGER,
                           until='', version='3.2.0', contact_email='it@rhovedstaden.dk'))

first = ['Anne', 'Birgitte', 'Camilla', 'Dorte', 'Eva', 'Hanne', 'Ida', 'Karen', 'Lise', 'Mette', 'Anders', 'Bo',
         'Christian', 'Frederik', 'Henrik', 'Jens', 'Lars', 'Mads', 'Niels', 'Peter', 'Rasmus', 'Søren', 'Thomas']
last = ['Hansen', 'Jensen', 'Nielsen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen',
        'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Poulsen', 'Johansen', 'Møller']
titles = ['IT-arkitekt', 'Digitaliseringskonsulent', 'Systemejer', 'IT-chef', 'Projektleder', 'Udvikler', '']
roles = ['working-group', 'coordination-group', 'steering-committee', 'tester', 'developer']
people, participations = [], []
participating = rng.sample(members, PARTICIPATING)
managers = set()


def person(i, org_key):
    f, l = rng.choice(first), rng.choice(last)
    email = f"{slug(f)}.{slug(l)}{i}@{by_key[org_key]['email_domains']}"
    people.append(dict(email=email, name=f'{f} {l}', organisation=org_key, title=rng.choice(titles)))
    return email


def start(product):
    return day(rng.randint(max(2015, int(adopted_on[product][:4]) + 1), 2025), rng.randint(1, 12))


# 136 municipal participants from 48 municipalities; the first 5 work full-time on a product, the next 7 part-time.
for i in range(PARTICIPANTS):
    email = person(i, participating[i % PARTICIPATING])
    for n, p in enumerate(rng.sample(managed, rng.randint(1, 2))):
        role = 'product-manager' if p not in managers else rng.choice(roles)
        managers.add(p)
        allocation = ''
        if n == 0 and i < FULL_TIME:
            allocation = '1.0'
        elif n == 0 and i < FULL_TIME + PART_TIME:
            allocation = rng.choice(['0.2', '0.25', '0.5'])
        participations.append(dict(person=email, product=p, role=role, allocation=allocation, since=start(p), until=''))
# Some took part before, left, and came back in the same product and role.
for row in rng.sample([r for r in participations if r['role'] != 'product-manager'], 8):
    came_back = int(row['since'][:4])
    if came_back >= int(adopted_on[row['product']][:4]) + 3:
        left = came_back - 1
        participations.append(dict(person=row['person'], product=row['product'], role=row['role'], allocation='',
                                   since=day(left - 1, 3), until=day(left, 3)))
# Former participants: municipal people whose only part has ended.
for i in range(PARTICIPANTS, PARTICIPANTS + 6):
    email = person(i, rng.choice(municipalities))
    p = rng.choice(managed)
    since = start(p)
    participations.append(dict(person=email, product=p, role=rng.choice(roles), allocation='', since=since,
                               until=day(min(int(since[:4]) + 2, 2026), 1)))
# Suppliers' developers, and the retired products' former participants.
for i in range(PARTICIPANTS + 6, PARTICIPANTS + 14):
    email = person(i, rng.choice(['magenta', 'digital-identity']))
    p = rng.choice(managed + ['os2web'])
    participations.append(dict(person=email, product=p, role='developer', allocation='', since=start(p) if p != 'os2web'
                               else day(2016), until='' if p != 'os2web' else '2023-12-31'))
participations.append(dict(person=people[0]['email'], product='', role='board', allocation='', since=day(2022),
                           until=''))


def write(name, rows, columns):
    with open(os.path.join(out, name), 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=columns, lineterminator='\n')
        w.writeheader()
        w.writerows(rows)


os.makedirs(out, exist_ok=True)
write('organisations.csv', orgs, ['key', 'name', 'type', 'municipality_code', 'cvr', 'region', 'population', 'website',
                                  'email_domains', 'member_since', 'member_until', 'founded_on', 'dissolved_on',
                                  'successor', 'ean'])
write('memberships.csv', [dict(organisation=k, since=s, until=u) for k, s, u in sorted(memberships)],
      ['organisation', 'since', 'until'])
write('products.csv', product_rows, ['key', 'name', 'summary', 'owner', 'repository', 'licence', 'website',
                                     'adopted_on', 'retired_on'])
write('usages.csv', usage_rows, ['organisation', 'product', 'status', 'since', 'until', 'version', 'contact_email'])
write('people.csv', people, ['email', 'name', 'organisation', 'title'])
write('participations.csv', participations, ['person', 'product', 'role', 'allocation', 'since', 'until'])
print(f"{len(orgs)} organisations ({len(memberships)} membership periods), {len(product_rows)} products, "
      f"{len(usage_rows)} usages, {len(people)} people, {len(participations)} participations", file=sys.stderr)
