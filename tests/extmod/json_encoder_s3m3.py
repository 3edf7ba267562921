# json: check_circular=False, a list shrinking while encoded, bad separators,
# decoded keys shared between objects
import json
class Endless(json.JSONEncoder):
    def default(self, o):
        return [o]
try:
    Endless(check_circular=False).encode(5j)
except RecursionError:
    print('RecursionError')
l = []; l.append(l)
for cc in (True, False):
    try:
        json.dumps(l, check_circular=cc)
    except (ValueError, RecursionError) as e:
        print(type(e).__name__)
a = [object()] * 10
def crasher(obj):
    del a[-1]
print(json.dumps(a, default=crasher))
print(json.dumps([1, [2, 3]], check_circular=False, indent=1))
for seps in ((b', ', ': '), (', ', b': '), (b',', b':')):
    try:
        json.dumps({1: 2}, separators=seps)
    except TypeError:
        print('TypeError')
print(json.dumps({1: 2, 3: [4]}, separators=(',', ':')))
d = json.loads('[{"a_key": 1, "b": 2}, {"a_key": 3, "b": 4}]')
(k1, _), (k2, _) = sorted(d[0].items()), sorted(d[1].items())
print(k1 is k2, d)
d = json.loads('[{"a_key": 1, "b_\xe9": 2}, {"a_key": 3, "b_\xe9": 4}, {"a_key_that_is_much_longer_than_a_short_one": 5}, {"a_key_that_is_much_longer_than_a_short_one": 6}]')
(a, b), (c, e) = sorted(d[0]), sorted(d[1])
k1, k2 = list(d[2])[0], list(d[3])[0]
print(a is c, b is e, k1 is k2, d)
print(json.loads('{"x": {"x": {"x": 1}}}', object_pairs_hook=list))
