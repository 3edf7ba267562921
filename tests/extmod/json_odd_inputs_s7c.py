# json with odd hooks, odd JSONDecodeError use, and bytes holding lone surrogates
import json
from json import JSONDecodeError, JSONEncoder


def tr(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# bytes are decoded with surrogatepass, in every UTF json guesses
doc = '{"k\u00e9": ["\ud800", "\U0001f600", 1.5e3, null]}'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    b = doc.encode(enc, 'surrogatepass')
    print(enc, ascii(json.loads(b)), ascii(json.loads(bytearray(b))))
    for n in (len(b) - 3, len(b) - 1):
        tr(lambda: json.loads(b[:n]))
tr(lambda: ascii(json.loads(b'"\xed\xa0\x80"')))
tr(lambda: ascii(json.loads(b'\xff\xfe"\x00\x00\xd8"\x00')))
tr(lambda: json.loads(b'"\xc3"'))

# an attribute stored before any is read is kept
e = JSONDecodeError('m', 'a\nbc', 3)
e.pos = 'x'
print(e.pos, e.lineno, e.colno, e)
e = JSONDecodeError('m', 'a\nbc', 3)
e.msg = 'other'
print(e.msg, e.doc, e.args)


# hooks that raise, return odd objects or mutate what they get
def boom(*a):
    raise KeyError('boom')


for kw in ['object_hook', 'object_pairs_hook', 'parse_float', 'parse_int', 'parse_constant']:
    tr(lambda: json.loads('[{"a": 1.5, "b": 2, "c": NaN}]', **{kw: boom}))
    tr(lambda: json.loads('[{"a": 1.5, "b": 2, "c": NaN}]', **{kw: lambda *a: None}))
    tr(lambda: json.loads('[{"a": 1.5, "b": 2, "c": NaN}]', **{kw: 5}))


def mut(pairs):
    pairs.clear()
    pairs.extend([(1, 2)] * 2)
    return pairs


tr(lambda: json.loads('{"a":{"b":1},"c":[1,{"d":2}]}', object_pairs_hook=mut))
tr(lambda: json.loads('[1,2]', parse_int=lambda s: [s] * 2))


# default() returning its argument, or nesting it deeper
class E(JSONEncoder):
    def default(self, o):
        return o


tr(lambda: E().encode(object()))
tr(lambda: json.dumps(object(), default=lambda o: [o]))
tr(lambda: json.dumps({1: object()}, default=lambda o: 1 / 0))
