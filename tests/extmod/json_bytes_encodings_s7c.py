# json.loads of bytes guesses the encoding (UTF-8, UTF-8 with BOM, UTF-16
# and UTF-32 in either byte order, with or without a BOM) as CPython does;
# raw_decode does not skip whitespace before the value.
import json

docs = ['[1, "\u20ac", {"k": null}]', '"x"', '7', '12', '"\U0001f600"']
for doc in docs:
    for enc in ('utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be',
                'utf-32', 'utf-32-le', 'utf-32-be'):
        print(enc, json.loads(doc.encode(enc)), json.loads(bytearray(doc.encode(enc))))

for b in (b'', b'1', b'\x00', b'\xff\xfe', b'\xef\xbb\xbf'):
    try:
        print(json.loads(b))
    except ValueError as e:
        print(type(e).__name__, e)

try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print(e.msg, e.pos)

d = json.JSONDecoder()
print(d.raw_decode('[1] tail'))
print(d.raw_decode('x {"a": 2}', 2))
for doc, idx in ((' [1]', 0), ('[1]', 1), ('xx\n 1', 2)):
    try:
        print(d.raw_decode(doc, idx))
    except json.JSONDecodeError as e:
        print(e.msg, e.pos, e.lineno, e.colno)
