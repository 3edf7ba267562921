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
run([lambda: 42, lambda: -7, lambda: 2**100],
    'bit_length conjugate to_bytes as_integer_ratio __add__ __sub__ __mul__ __floordiv__ __truediv__ __mod__ '
    '__divmod__ __lshift__ __rshift__ __and__ __or__ __xor__ __eq__ __lt__')
run([lambda: 2.5, lambda: -0.0, lambda: float('inf')],
    'as_integer_ratio conjugate hex is_integer __add__ __sub__ __mul__ __floordiv__ __truediv__ __mod__ '
    '__divmod__ __pow__ __round__ __eq__ __lt__ __trunc__')
run([lambda: False], 'bit_length conjugate to_bytes __and__ __or__ __xor__ __lshift__')
run([lambda: 1+2j], 'conjugate __add__ __sub__ __mul__ __truediv__ __eq__')
run([lambda: memoryview(b'abcdef')], 'tolist hex __getitem__ __len__')
# argument checks in CPython's order
for f in (lambda: 'x' % str, lambda: 'x' % int, lambda: 'x' % [], lambda: 'x' % {}, lambda: b'x' % bytes,
          lambda: (5).to_bytes(-1, 5), lambda: (5).to_bytes(-1, 'bad'), lambda: (5).to_bytes(-1, 'big'),
          lambda: memoryview(b'ab').cast(b'B'), lambda: memoryview(b'ab').cast('B').tolist()):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
# str, bytes, bytearray
run([lambda: 'aBc,dEf abc', lambda: '', lambda: ' \u00e9X\ty\n12 '],
    'capitalize casefold center count encode endswith expandtabs find index isalnum isalpha isdigit isidentifier '
    'islower isspace istitle isupper join ljust lower lstrip partition removeprefix removesuffix replace rfind '
    'rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title upper zfill')
run([lambda: b'aBc,dEf abc', lambda: bytearray(b' X\ty\n12 ')],
    'capitalize center count decode endswith find index isalpha isdigit join ljust lower lstrip partition '
    'replace rfind rsplit rstrip split splitlines startswith strip title upper zfill')
# containers
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
