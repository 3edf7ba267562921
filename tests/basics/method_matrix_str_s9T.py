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
run([lambda: 'aBc,dEf abc', lambda: '', lambda: ' \u00e9X\ty\n12 '],
    'capitalize casefold center count encode endswith expandtabs find index isalnum isalpha isdigit isidentifier '
    'islower isspace istitle isupper join ljust lower lstrip partition removeprefix removesuffix replace rfind '
    'rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title upper zfill')
run([lambda: b'aBc,dEf abc', lambda: bytearray(b' X\ty\n12 ')],
    'capitalize center count decode endswith find index isalpha isdigit join ljust lower lstrip partition '
    'replace rfind rsplit rstrip split splitlines startswith strip title upper zfill')
