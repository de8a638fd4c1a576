#!/usr/bin/env python3
"""Writes a data package of N organisations (up to 900 municipalities with codes, the rest other bodies) and P products, every
organisation using every product: N*P usages. Usage: generate.py FOLDER [N] [P]"""
import os, sys

folder = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
p = int(sys.argv[3]) if len(sys.argv) > 3 else 4
os.makedirs(folder, exist_ok=True)
with open(os.path.join(folder, 'organisations.csv'), 'w') as f:
    f.write('key;name;type;municipality_code;population;email_domains;member_since\n')
    for i in range(n):
        # Denmark's municipality codes have 3 digits: the first 900 are municipalities, the rest other bodies.
        kind, code = ('municipality', str(100 + i)) if i < 900 else ('other', '')
        f.write(f'org-{i};Organisation {i};{kind};{code};{1000 + i};org{i}.dk;2015-01-01\n')
with open(os.path.join(folder, 'products.csv'), 'w') as f:
    f.write('key,name,owner,licence,adopted_on\n')
    for j in range(p):
        f.write(f'product-{j},Product {j},org-0,MPL-2.0,2014-01-01\n')
with open(os.path.join(folder, 'usages.csv'), 'w') as f:
    f.write('organisation,product,status,since,version\n')
    for i in range(n):
        for j in range(p):
            f.write(f'org-{i},product-{j},production,2020-01-01,1.{j}.{i % 10}\n')
