#!/usr/bin/env python3
"""A realistic data package (interfaces.md §2, §2.1, v1.1) at a fraction of §13's scale.

Usage: generate.py FOLDER [--scale F] [--seed N]

--scale 1 (the default) is one tenth of §13: 10 000 organisations, 5 000 products, 200 000 usages,
30 000 people and 60 000 participations. Deterministic: the same scale and seed write the same bytes.

What makes it realistic rather than uniform: organisations of every type in several countries (a
municipality code unique within its country, regions that municipalities name, some organisations
founded late or dissolved into a successor), membership periods with gaps (memberships.csv), products
whose popularity follows a Zipf law (a few used by thousands, most by a handful), usages in every status
with start and end dates, people at municipalities and suppliers, participations with allocations
and periods. Names carry Danish letters and quoted commas; Danish-style ';' files beside ',' files.
"""
import argparse, csv, datetime, os, random, bisect

p = argparse.ArgumentParser()
p.add_argument('folder')
p.add_argument('--scale', type=float, default=1.0)
p.add_argument('--seed', type=int, default=20261201)
a = p.parse_args()
rnd = random.Random(a.seed)
S = a.scale
N_ORG, N_PROD, N_USE, N_PEOPLE, N_PART = (max(1, int(x * S)) for x in (10_000, 5_000, 200_000, 30_000, 60_000))
os.makedirs(a.folder, exist_ok=True)

COUNTRIES = ['DK', 'SE', 'NO', 'FI', 'DE', 'NL', 'FR', 'ES', 'IT', 'PL']
WORDS = ['Sag', 'Borger', 'Skole', 'Plan', 'Data', 'Kort', 'Løn', 'Byg', 'Miljø', 'Vej', 'Affald', 'Ældre', 'Børn',
         'Kultur', 'Havn', 'Arkiv', 'Portal', 'Booking', 'Indkøb', 'Økonomi', 'Sundhed', 'Trafik', 'Vand', 'Energi']
TAILS = ['system', 'platform', 'kit', 'hub', 'flow', 'base', 'modul', 'service']
LICENCES = ['MPL-2.0', 'EUPL-1.2', 'GPL-3.0-or-later', 'AGPL-3.0-only', 'MIT', 'Apache-2.0', 'LGPL-2.1-or-later',
            'MIT OR Apache-2.0']
STATUSES = ['production'] * 6 + ['pilot'] * 2 + ['planned', 'discontinued']
ROLES = ['product-manager', 'steering-committee', 'coordination-group', 'working-group', 'developer', 'tester',
         'secretariat', 'board', 'other']
FIRST = ['Anne', 'Søren', 'Mette', 'Jens', 'Kirsten', 'Lars', 'Hanne', 'Ole', 'Åse', 'Bjørn', 'Ida', 'Mads', 'Zoë',
         'François', 'Łukasz', 'Märta']
LAST = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen',
        'Østergaard', 'Müller', 'Kowalski', "O'Brien", 'Dupont, jr.']


def day(start_year, end_year):
    start = datetime.date(start_year, 1, 1).toordinal()
    return datetime.date.fromordinal(rnd.randint(start, datetime.date(end_year, 12, 31).toordinal()))


def ean(n):
    digits = f'57{n:010d}'
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return digits + str((10 - s % 10) % 10)


def writer(name, delimiter=','):
    f = open(os.path.join(a.folder, name), 'w', newline='', encoding='utf-8')
    return f, csv.writer(f, delimiter=delimiter, lineterminator='\r\n')


# Organisations: 40 % municipalities, 3 % regions, then states, associations, suppliers and others.
orgs = []  # (key, type, country, exists_from, dissolved)
f, w = writer('organisations.csv', ';')
w.writerow(['key', 'name', 'type', 'country', 'municipality_code', 'cvr', 'region', 'population', 'website',
            'email_domains', 'member_since', 'member_until', 'founded_on', 'dissolved_on', 'successor', 'ean'])
codes = {c: 100 for c in COUNTRIES}
regions = {c: [] for c in COUNTRIES}
n_regions = max(1, N_ORG * 3 // 100)
rows = []
for i in range(N_ORG):
    country = COUNTRIES[0] if rnd.random() < 0.3 else rnd.choice(COUNTRIES)
    if i < n_regions:
        t = 'region'
    else:
        r = rnd.random()
        t = 'municipality' if r < 0.41 else 'state' if r < 0.46 else 'association' if r < 0.52 else \
            'supplier' if r < 0.85 else 'other'
    code = ''
    if t == 'municipality':
        if country == 'DK' and codes['DK'] >= 999:
            country = 'SE'  # Denmark's codes have 3 digits; the rest are municipalities of another country
        codes[country] += 1
        code = str(codes[country])
    key = f'{t[:3]}-{country.lower()}-{i}'
    region = ''
    if t == 'municipality' and regions[country] and rnd.random() < 0.8:
        region = rnd.choice(regions[country])
    if t == 'region':
        regions[country].append(key)
    founded = day(1970, 2023).isoformat() if rnd.random() < 0.1 else ''
    rows.append([key, f'{rnd.choice(WORDS)}{rnd.choice(["by", "købing", "sted", "lev", "rup"])} {t} {i}', t, country,
                 code, f'{rnd.randint(10_000_000, 99_999_999)}' if country == 'DK' and rnd.random() < 0.5 else '',
                 region, str(rnd.randint(2_000, 600_000)) if t in ('municipality', 'region') else '',
                 f'https://{key}.example.eu' if rnd.random() < 0.7 else '', f'{key}.example.eu mail.{key}.example.eu',
                 '', '', founded, '', '', ean(i) if rnd.random() < 0.2 else ''])
# 2 % of municipalities dissolve into another existing one of the same country, after both were founded.
by_country = {}
for row in rows:
    if row[2] == 'municipality' and not row[12]:
        by_country.setdefault(row[3], []).append(row)
for country, munis in by_country.items():
    for row in munis[: max(0, len(munis) // 50)]:
        successor = munis[-1 - munis.index(row) % max(1, len(munis) // 2)]
        if successor is not row and not successor[13]:
            row[13] = day(2007, 2024).isoformat()
            row[14] = successor[0]
keys = []
org_types = {}
for row in rows:
    w.writerow(row)
    keys.append(row[0])
    org_types[row[0]] = row[2]
f.close()

# Memberships: most municipalities and a fifth of the rest, some with a gap (left and rejoined).
f, w = writer('memberships.csv')
w.writerow(['organisation', 'since', 'until'])
for row in rows:
    if (row[2] == 'municipality' and rnd.random() < 0.85) or rnd.random() < 0.2:
        start = day(2008, 2018)
        if rnd.random() < 0.15:
            left = start + datetime.timedelta(days=rnd.randint(200, 1500))
            w.writerow([row[0], start.isoformat(), left.isoformat()])
            w.writerow([row[0], (left + datetime.timedelta(days=rnd.randint(30, 900))).isoformat(), ''])
        else:
            w.writerow([row[0], start.isoformat(), day(2025, 2027).isoformat() if rnd.random() < 0.05 else ''])
f.close()

# Products, owned by municipalities, associations and suppliers.
owners = [k for k in keys if org_types[k] in ('municipality', 'association', 'supplier')] or keys
f, w = writer('products.csv')
w.writerow(['key', 'name', 'summary', 'owner', 'repository', 'licence', 'website', 'adopted_on', 'retired_on'])
products = []
for j in range(N_PROD):
    key = f'product-{j}'
    products.append(key)
    adopted = day(2010, 2025)
    retired = (adopted + datetime.timedelta(days=rnd.randint(365, 3000))).isoformat() if rnd.random() < 0.08 else ''
    w.writerow([key, f'{rnd.choice(WORDS)}{rnd.choice(TAILS)} {j}',
                f'{rnd.choice(WORDS)}, {rnd.choice(WORDS).lower()} og {rnd.choice(WORDS).lower()} – "{j}"',
                rnd.choice(owners) if rnd.random() < 0.9 else '', f'https://git.example.eu/{key}.git',
                rnd.choice(LICENCES), f'https://{key}.example.eu' if rnd.random() < 0.5 else '',
                adopted.isoformat() if rnd.random() < 0.9 else '', retired])
f.close()

# Usages: product popularity by Zipf (s = 1.1), one usage per organisation and product.
weights = [1 / (r + 1) ** 1.1 for r in range(N_PROD)]
cum = []
total = 0.0
for x in weights:
    total += x
    cum.append(total)
users_of = [set() for _ in range(N_PROD)]
f, w = writer('usages.csv')
w.writerow(['organisation', 'product', 'status', 'since', 'until', 'version', 'contact_email'])
written = 0
users = [k for k in keys if org_types[k] != 'region']
while written < N_USE:
    j = min(N_PROD - 1, bisect.bisect_left(cum, rnd.random() * total))
    org = rnd.choice(users)
    if org in users_of[j]:
        if len(users_of[j]) >= len(users) * 0.98:
            cum[j] = cum[j - 1] if j else 0.0  # saturated: never pick it again
        continue
    users_of[j].add(org)
    status = rnd.choice(STATUSES)
    since = day(2012, 2025)
    until = (since + datetime.timedelta(days=rnd.randint(100, 2500))).isoformat() \
        if status == 'discontinued' or rnd.random() < 0.05 else ''
    w.writerow([org, products[j], status, since.isoformat() if rnd.random() < 0.9 else '', until,
                f'{rnd.randint(1, 9)}.{rnd.randint(0, 20)}.{rnd.randint(0, 9)}' if rnd.random() < 0.6 else '',
                f'it@{org}.example.eu' if rnd.random() < 0.3 else ''])
    written += 1
f.close()

# People, mostly at municipalities and suppliers.
staffed = [k for k in keys if org_types[k] in ('municipality', 'supplier', 'association', 'region')] or keys
f, w = writer('people.csv', ';')
w.writerow(['email', 'name', 'organisation', 'title'])
people = []
for n in range(N_PEOPLE):
    org = rnd.choice(staffed) if rnd.random() < 0.95 else ''
    email = f'person{n}@{org or "private"}.example.eu'
    if n % 7 == 0:
        email = email.capitalize()  # e-mails compare case-insensitively
    people.append(email)
    w.writerow([email, f'{rnd.choice(FIRST)} {rnd.choice(LAST)}', org,
                rnd.choice(['', 'IT-konsulent', 'Projektleder', 'Udvikler', 'Chef; digitalisering']) ])
f.close()

# Participations: keyed by (person, product, role, since); a few left and rejoined the same part.
f, w = writer('participations.csv')
w.writerow(['person', 'product', 'role', 'allocation', 'since', 'until'])
seen = set()
made = 0
popular = max(1, N_PROD // 5)
while made < N_PART:
    person = rnd.choice(people)
    product = '' if rnd.random() < 0.05 else products[int(rnd.paretovariate(1.2)) % popular]
    role = rnd.choice(ROLES)
    if (person.lower(), product, role) in seen:
        continue
    seen.add((person.lower(), product, role))
    since = day(2012, 2024)
    allocation = rnd.choice(['', '0.1', '0,2', '0.25', '0.5', '1', '0.05'])
    if rnd.random() < 0.05:
        until = since + datetime.timedelta(days=rnd.randint(100, 900))
        w.writerow([person, product, role, allocation, since.isoformat(), until.isoformat()])
        again = until + datetime.timedelta(days=rnd.randint(1, 400))
        w.writerow([person, product, role, allocation, again.isoformat(), ''])
        made += 2
    else:
        w.writerow([person, product, role, allocation, since.isoformat() if rnd.random() < 0.9 else '',
                    day(2025, 2027).isoformat() if rnd.random() < 0.1 else ''])
        made += 1
f.close()
print(f'{a.folder}: {N_ORG} organisations, {N_PROD} products, {written} usages, {N_PEOPLE} people, {made} participations')
