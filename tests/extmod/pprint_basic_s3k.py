# pprint: pformat/pprint/pp layout of dicts, lists, tuples, sets, strings, bytes
import pprint
import io

data = {'name': 'pprint test', 'numbers': list(range(30)), 'nested': {'a': [1, 2, {'b': (3, 4, 5)}],
        'c': ('x' * 30, 'y' * 30, 'z' * 30)}, 'empty': [], 'e2': {}, 'e3': (), 'one': (1,),
        'long_key_' * 5: None, 10: 'int key', 'flt': 3.25, 'cx': 1 + 2j, 'b': True}
for w in [80, 40, 20, 1]:
    print(pprint.pformat(data, width=w))
print(pprint.pformat(data, indent=4, width=50))
print(pprint.pformat(data, compact=True, width=40))
print(pprint.pformat(data, depth=1), pprint.pformat(data, depth=2))
print(pprint.pformat(data, sort_dicts=False, width=60))
print(pprint.pformat(list(range(100)), compact=True))
print(pprint.pformat([list(range(10))] * 5, width=30, compact=True))
print(pprint.pformat([[1, 2, 3], 'abc', (4, 5)] * 4, width=25, compact=True, indent=3))
print(pprint.pformat((list(range(20)),), width=30))
print(pprint.pformat({'k': (1,)}, width=5), pprint.pformat([(1,), [()]], width=3))

s = 'the quick brown fox jumps over the lazy dog ' * 4
print(pprint.pformat(s, width=40))
print(pprint.pformat([s], width=40))
print(pprint.pformat({'key': s + '\nsecond line\n' + s}, width=50))
print(pprint.pformat('nospaceshere' * 10, width=30))
print(pprint.pformat('  lead   spaces  and\ttabs  ' * 5, width=25))
print(pprint.pformat(['a\nb\nc' * 10], width=10))
print(pprint.pformat('', width=1), pprint.pformat([''], width=1))
b = bytes(range(60))
print(pprint.pformat(b, width=30))
print(pprint.pformat([b], width=30))
print(pprint.pformat(bytearray(b), width=40))
print(pprint.pformat({'x': bytearray(b'abcdefgh' * 5)}, width=40))
print(pprint.pformat(b'abc', width=1), pprint.pformat(b'abcdefg', width=1))

print(pprint.pformat({5, 3, 1, 4, 2, 9, 8, 7, 6, 0}, width=10))
print(pprint.pformat(frozenset(range(12)), width=20))
print(pprint.pformat([set(), frozenset(), {1}], width=5))
print(pprint.pformat({'abc', 'def', 'ghi', 'jkl'}, width=8))

class MyList(list):
    pass


class MyRepr(list):
    def __repr__(self):
        return 'MyRepr(%d items)' % len(self)


class MyDict(dict):
    pass


print(pprint.pformat(MyList(range(30)), width=20))
print(pprint.pformat(MyRepr(range(30)), width=5))
print(pprint.pformat(MyDict(a=list(range(20))), width=30))

rec = [1, 2]
rec.append(rec)
d = {'self': None}
d['self'] = d
print(pprint.saferepr(rec).startswith('[1, 2, <Recursion on list with id='))
print(pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isrecursive([1, [2]]),
      pprint.isreadable([1, {'a': (2,)}]), pprint.isreadable(object()), pprint.isreadable(print))
print(pprint.pformat(d).startswith("{'self': <Recursion on dict with id="))
print(pprint.saferepr({'b': 1, 'a': [2, 3]}), pprint.saferepr((1,)), pprint.saferepr('x'))
print(pprint.pformat(123456789, underscore_numbers=True), pprint.pformat([10 ** 12, 5], underscore_numbers=True))
print(pprint.pformat({True: 1, 2: 3, 10 ** 6: 1}, underscore_numbers=True))

out = io.StringIO()
pprint.pprint(data, stream=out, width=50)
pprint.pp({'z': 1, 'a': 2}, stream=out)
pprint.pprint({'z': 1, 'a': 2}, out)
print(out.getvalue())
pprint.pprint([1, 2])
pprint.pp(list(range(40)), width=30, compact=True)
p = pprint.PrettyPrinter(indent=2, width=30, depth=3)
print(p.pformat([[[[1]]], {'a': {'b': {'c': 1}}}]))
p.pprint((1, 2))
print(p.isreadable([1]), p.isrecursive(rec), p.isreadable(rec), p.format([1, 'a'], {}, 0, 0))
for kw in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print('ValueError', e)
