# Method matrix (compact): each method of some built-in types called with a
# fixed set of argument patterns; prints the result or the exception type.
ARGS = [(), (None,), (0,), (-1,), (3,), (1.5,), ('a',), (b'a',), ([1],), ((1,),),
        ('a', 1), (1, 2), (-3, -1), ('a', 'b'), (b'a', b'b'), (1, 2, 3), ('',), (True,), (2, '*')]
KWS = [{'x': 1}, {'key': None}, {'sep': ','}, {'maxsplit': 1}, {'reverse': True}, {'keepends': True}]
def r(v):
    if isinstance(v, float):
        return repr(round(v, 9))
    if isinstance(v, (set, frozenset)):
        return type(v).__name__ + repr(sorted(v, key=repr))
    n = type(v).__name__
    if n in ('dict_keys', 'dict_values', 'dict_items'):
        return n + repr(list(v))
    if n.endswith('iterator'):
        return 'iter' + repr(list(v))
    if isinstance(v, memoryview):
        return 'mv' + repr(v.tobytes())
    return repr(v)
MUT = ('append', 'extend', 'insert', 'remove', 'pop', 'clear', 'sort', 'reverse', 'update', 'add', 'discard',
       'setdefault', 'popitem', 'difference_update', 'intersection_update', 'symmetric_difference_update')
def run(samples, methods):
    for mk in samples:
        for m in methods.split():
            for a, k in [(a, {}) for a in ARGS] + [((), k) for k in KWS]:
                obj = mk()
                try:
                    res = getattr(obj, m)(*a, **k)
                    out = r(res)
                    if m in MUT:
                        out += ' | ' + r(obj)
                except Exception as e:
                    out = type(e).__name__
                print(m, r(a), k, out)
run([lambda: [3, 1, 2, 1], lambda: []],
    'append clear copy count extend index insert pop remove reverse sort __contains__ __getitem__ __add__ __mul__')
run([lambda: (3, 1, 2, 1)], 'count index __getitem__ __add__ __mul__ __contains__')
run([lambda: {1: 'a', 'b': 2, None: 3}, lambda: {0: 0}],
    'copy get items keys pop popitem setdefault update values __contains__ __getitem__')
run([lambda: {1, 2, 3}, lambda: frozenset({'a'})],
    'copy difference intersection isdisjoint issubset issuperset symmetric_difference union')
run([lambda: {1, 2, 3}], 'add clear discard pop remove update difference_update intersection_update symmetric_difference_update')
run([lambda: range(1, 10, 2), lambda: range(0)], 'count index __getitem__ __contains__')
run([lambda: slice(1, 10, 2), lambda: slice(None, None, -1)], 'indices')
