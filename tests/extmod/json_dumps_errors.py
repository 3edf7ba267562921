# json.dumps errors: unserialisable values, bad keys, cycles
import json

for v in (object(), {1, 2}, b'bytes', {(1,): 2}, [1, object()]):
    try:
        json.dumps(v)
    except TypeError:
        print('TypeError')
l = [1]
l.append(l)
try:
    json.dumps(l)
except ValueError:
    print('ValueError')
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError:
    print('ValueError')
try:
    json.dumps({'a': {1, 2}}, default=lambda o: o)
except ValueError:
    print('ValueError')
try:
    json.dumps({1, 2}, sort_keys=True, default=str)
    print('ok')
except TypeError:
    print('TypeError')
try:
    json.dumps({1: 1, 'a': 2}, sort_keys=True)
except TypeError:
    print('TypeError')
