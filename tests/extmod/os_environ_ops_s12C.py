# os.environ as a full MutableMapping: ==/!= with a dict, | and |= (|=
# takes pairs too, and a bad key or value is a TypeError that sets nothing),
# and popitem (KeyError once empty).
import os

for k in [k for k in os.environ if k.startswith('S12C_')]:
    del os.environ[k]
snap = dict(os.environ)
print(os.environ == snap, snap == os.environ, os.environ != snap, os.environ == {}, os.environ == 1)

new = {'S12C_A': '1', 'S12C_B': '2'}
r = os.environ | new
print(type(r).__name__, r['S12C_A'], 'S12C_A' in os.environ, r == dict(snap, **new))
r = new | os.environ
print(type(r).__name__, r == dict(new, **snap))
for bad in ([('S12C_A', '1')], 5):
    for f in (lambda: os.environ | bad, lambda: bad | os.environ):
        try:
            f()
        except TypeError:
            print('TypeError', type(bad).__name__)

e = os.environ
e |= new
print(e is os.environ, os.environ['S12C_B'])
os.environ |= (('S12C_C', '3'), ['S12C_D', '4'])
print(os.environ['S12C_C'], os.environ['S12C_D'])
before = dict(os.environ)
for bad in ({1: 'x'}, {'S12C_E': 1}):
    try:
        os.environ |= bad
    except TypeError:
        print('TypeError')
print(dict(os.environ) == before)

k, v = os.environ.popitem()
print(type(k).__name__, type(v).__name__, k in os.environ, k in before)
os.environ[k] = v
saved = dict(os.environ)
os.environ.clear()
try:
    os.environ.popitem()
except KeyError as ex:
    print('KeyError', ex.args)
os.environ.update(saved)
for k in ('S12C_A', 'S12C_B', 'S12C_C', 'S12C_D'):
    del os.environ[k]
print(os.environ == snap)
