#!/usr/bin/env python3
"""Writes the bundled demo data package (src/main/resources/demo-data/) from the reference data in
../shared/data. Deterministic: the same input gives the same files. Municipalities, regions and
their codes and populations are real (see PROVENANCE.md there); the association and the product
names are real; usages, people and participations are FICTIONAL and labelled so in the files' README
and on every page while demo data is shown."""
import csv, os, random, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
shared = os.path.join(root, '..', 'shared', 'data')
out = os.path.join(root, 'src', 'main', 'resources', 'demo-data')
rng = random.Random(20261126)

def slug(s):
    s = s.lower()
    for a, b in (('æ', 'ae'), ('ø', 'oe'), ('å', 'aa'), (' ', '-')):
        s = s.replace(a, b)
    return ''.join(c for c in s if c.isalnum() or c == '-')

regions = list(csv.DictReader(open(os.path.join(shared, 'dk_regioner.csv'), encoding='utf-8')))
kommuner = list(csv.DictReader(open(os.path.join(shared, 'dk_kommuner.csv'), encoding='utf-8')))

special_names = {'København': 'Københavns Kommune', 'Bornholm': 'Bornholms Regionskommune'}
special_domains = {'København': 'kk.dk', 'Aarhus': 'aarhus.dk', 'Aalborg': 'aalborg.dk', 'Odense': 'odense.dk'}

orgs = []
region_key = {}
for r in regions:
    key = slug(r['navn'])
    region_key[r['regionskode']] = key
    orgs.append(dict(key=key, name=r['navn'], type='region', municipality_code='', cvr='', region='',
                     population=r['befolkning_2020_01_01'], website=f"https://www.{key.replace('region-', 'r')}.dk",
                     email_domains=f"{key.replace('region-', 'r')}.dk",
                     member_since='2019-01-01' if r['regionskode'] in ('1082', '1083') else '', member_until=''))

municipalities = []
for k in kommuner:
    name = special_names.get(k['navn'], k['navn'] + ' Kommune')
    key = slug(k['navn']) + '-kommune'
    domain = special_domains.get(k['navn'], slug(k['navn']) + '.dk')
    municipalities.append(key)
    orgs.append(dict(key=key, name=name, type='municipality', municipality_code=k['kommunekode'], cvr='',
                     region=region_key[k['regionskode']], population=k['befolkning_2020_01_01'],
                     website=f'https://www.{domain}', email_domains=domain, member_since='', member_until=''))

# 82 of the 98 municipalities are members, joining between 2012 and 2023 (fictional dates).
members = set(rng.sample(municipalities, 82))
for o in orgs:
    if o['key'] in members:
        o['member_since'] = f"{rng.randint(2012, 2023)}-{rng.choice(['01', '04', '07', '10'])}-01"
former = rng.choice(sorted(set(municipalities) - members))
for o in orgs:
    if o['key'] == former:
        o['member_since'], o['member_until'] = '2014-01-01', '2020-12-31'

orgs += [
    dict(key='os2', name='OS2 – Offentligt digitaliseringsfællesskab', type='association', municipality_code='',
         cvr='', region='', population='', website='https://os2.eu', email_domains='os2.eu',
         member_since='', member_until=''),
    dict(key='digitaliseringsstyrelsen', name='Digitaliseringsstyrelsen', type='state', municipality_code='', cvr='',
         region='', population='', website='https://digst.dk', email_domains='digst.dk', member_since='', member_until=''),
    dict(key='magenta', name='Magenta ApS', type='supplier', municipality_code='', cvr='', region='', population='',
         website='https://www.magenta.dk', email_domains='magenta.dk', member_since='', member_until=''),
    dict(key='digital-identity', name='Digital Identity ApS', type='supplier', municipality_code='', cvr='', region='',
         population='', website='https://www.digital-identity.dk', email_domains='digital-identity.dk',
         member_since='', member_until=''),
]

# The real OS2 products, with a one-line purpose (Danish, as on os2.eu).
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
    ('os2web', 'OS2web', 'Fælles kommunal hjemmesideplatform på Drupal'),
    ('os2sync', 'OS2sync', 'Synkronisering af organisationsdata til Fælleskommunal Organisation'),
    ('os2dagsorden', 'OS2dagsorden', 'Dagsordener og referater fra politiske møder, publiceret til borgerne'),
]
licences = ['MPL-2.0'] * 6 + ['EUPL-1.2', 'GPL-3.0-or-later', 'AGPL-3.0-only']
product_rows = []
for i, (key, name, summary) in enumerate(products):
    owner = rng.choice(sorted(members))
    adopted = f"{2012 + i % 11}-{rng.choice(['01', '03', '06', '09'])}-01"
    retired = '2023-12-31' if key in ('os2web', 'os2dagsorden') else ''
    product_rows.append(dict(key=key, name=name, summary=summary, owner=owner,
                             repository=f'https://github.com/OS2{key[3:]}/{key}', licence=rng.choice(licences),
                             website=f'https://os2.eu/produkt/{key}', adopted_on=adopted, retired_on=retired))

statuses = ['production'] * 6 + ['pilot'] * 2 + ['planned', 'discontinued']
usage_rows = []
popular = [p[0] for p in products[:12]]
for m in municipalities:
    chosen = rng.sample(popular, rng.randint(1, 6)) + rng.sample([p[0] for p in products[12:]], rng.randint(0, 2))
    domain = next(o['email_domains'] for o in orgs if o['key'] == m)
    for p in chosen:
        status = rng.choice(statuses)
        since = f"{rng.randint(2014, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        until = f"{int(since[:4]) + rng.randint(1, 3)}-06-30" if status == 'discontinued' else ''
        version = f"{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}" if status != 'planned' else ''
        usage_rows.append(dict(organisation=m, product=p, status=status, since=since, until=until, version=version,
                               contact_email=f'it-drift@{domain}'))

first = ['Anne', 'Birgitte', 'Camilla', 'Dorte', 'Eva', 'Hanne', 'Ida', 'Karen', 'Lise', 'Mette', 'Anders', 'Bo',
         'Christian', 'Frederik', 'Henrik', 'Jens', 'Lars', 'Mads', 'Niels', 'Peter', 'Rasmus', 'Søren', 'Thomas']
last = ['Hansen', 'Jensen', 'Nielsen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen',
        'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Poulsen', 'Johansen', 'Møller']
titles = ['IT-arkitekt', 'Digitaliseringskonsulent', 'Systemejer', 'IT-chef', 'Projektleder', 'Udvikler', '']
people, participations = [], []
participating = rng.sample(sorted(members), 48)
roles = ['working-group', 'coordination-group', 'steering-committee', 'tester', 'developer']
seen = set()
for i in range(150):
    org_key = participating[i % len(participating)] if i < 136 else rng.choice(['magenta', 'digital-identity'])
    domain = next(o['email_domains'] for o in orgs if o['key'] == org_key)
    f, l = rng.choice(first), rng.choice(last)
    email = f"{slug(f)}.{slug(l)}{i}@{domain}"
    people.append(dict(email=email, name=f'{f} {l}', organisation=org_key, title=rng.choice(titles)))
    for p in rng.sample([p[0] for p in products[:20]], rng.randint(1, 2)):
        role = 'product-manager' if p not in seen else rng.choice(roles)
        seen.add(p)
        allocation = ''
        if i < 5:
            allocation = '1.0' if role == 'product-manager' else '0.5'
        elif i < 12:
            allocation = rng.choice(['0.2', '0.25', '0.5'])
        participations.append(dict(person=email, product=p, role=role, allocation=allocation,
                                   since=f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-01", until=''))
participations.append(dict(person=people[0]['email'], product='', role='board', allocation='', since='2022-01-01', until=''))

def write(name, rows, columns):
    with open(os.path.join(out, name), 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=columns, lineterminator='\n')
        w.writeheader()
        w.writerows(rows)

os.makedirs(out, exist_ok=True)
write('organisations.csv', orgs, ['key', 'name', 'type', 'municipality_code', 'cvr', 'region', 'population', 'website',
                                  'email_domains', 'member_since', 'member_until'])
write('products.csv', product_rows, ['key', 'name', 'summary', 'owner', 'repository', 'licence', 'website',
                                     'adopted_on', 'retired_on'])
write('usages.csv', usage_rows, ['organisation', 'product', 'status', 'since', 'until', 'version', 'contact_email'])
write('people.csv', people, ['email', 'name', 'organisation', 'title'])
write('participations.csv', participations, ['person', 'product', 'role', 'allocation', 'since', 'until'])
print(f"{len(orgs)} organisations, {len(product_rows)} products, {len(usage_rows)} usages, "
      f"{len(people)} people, {len(participations)} participations", file=sys.stderr)
