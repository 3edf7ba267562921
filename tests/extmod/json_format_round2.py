import json
# json with custom separators/indent combos and nested empty containers
print(json.dumps({'a': [], 'b': {}, 'c': [{}]}, indent=2))
print(json.dumps([1, [2, []]], indent=0))
print(json.dumps({'a': 1}, indent='\t'))
print(json.dumps([[]], indent=1, separators=(',', ': ')))
print(json.dumps('\u2028\ud800'), json.dumps('\x7f'), json.dumps('😀'), json.loads('"\\ud83d\\ude00"') == '😀')
print(json.loads('  [1 , 2 ,\n 3 ]  '), json.loads('{"":""}'), json.loads('-0.0'), json.loads('1.5e-3'), json.loads('"\\u0041"'))
print(json.dumps(1.0), json.dumps(1e-7), json.dumps(123456789.123), json.dumps(0.1 + 0.2), json.dumps(-1e300))
import io
s = io.StringIO(); json.dump({'k': [1, 'v']}, s); print(s.getvalue()); s.seek(0); print(json.load(s))
class D(dict): pass
print(json.dumps(D(x=1)), json.dumps([True, None, False]))
try:
    json.dumps({'a': float('nan')}, allow_nan=False)
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps(set())
except TypeError:
    print('TypeError set')
print(json.loads('{"a": [1, {"b": [true, false, null]}]}'))
print(json.dumps({3: 'int key', 'b': 2}), json.dumps(10**30), json.dumps(-0))
