# the exception type raised for bad input to many builtins and methods
cases = [
    "int('')", "int('1e5')", "int(' ')", "float('1,5')", "[].index(1)", "().index(1)", "'a'.index('b')",
    "[1][2]", "(1,)[5]", "'x'[3]", "b'x'[3]", "{}['k']", "{}.pop('k')", "set().remove(1)", "[].pop()",
    "{}.popitem()", "set().pop()", "'a' + 1", "1 + 'a'", "[] + ()", "len(1)", "iter(1)", "next(iter([]))",
    "None()", "1()", "'abc'()", "abs('x')", "hash([])", "hash({})", "{[]: 1}", "{[]}", "chr(-1)", "ord('ab')",
    "divmod(1, 0)", "1 / 0", "1 % 0", "1.0 / 0", "2 ** -1 % 0", "int('z', 36) + int('z', 37)", "range(1.0)",
    "list(1)", "tuple(1)", "dict(1)", "set(1)", "sorted(1)", "min([])", "max(())", "sum(['a'])", "'%d' % 'x'",
    "'%s %s' % 1", "'{0}'.format()", "'{x}'.format()", "format(1, 'q')", "bytes([-1])", "bytearray([300])",
    "'abc'.encode('nope')", "b'\\xff'.decode('ascii')", "'a'.join([1])", "[1, 'a'].sort()", "None + None",
    "object().x", "getattr(1, 'x')", "type.x", "x_undefined", "[1, 2, 3][1:2:0]", "'abc'.split('')",
    "int.from_bytes('ab', 'big')", "(1).to_bytes(-1, 'big')", "float('nan') // 1", "int(float('inf'))",
    "round(1.5, 'a')", "pow(1, 2, 0)", "pow(2.0, 2, 3)", "memoryview(1)", "slice(1)[0]", "zip(1)", "enumerate(None)",
    "reversed(1)", "isinstance(1, 'int')", "issubclass('a', str)", "super()", "setattr(1, 'x', 1)", "delattr(1, 'x')",
    "str(b'x', 'nope')", "'x' * 'y'", "[] * []", "-'a'", "~1.0", "not_defined_either()", "(lambda x: x)()",
]
for c in cases:
    try:
        r = eval(c)
        print(c, '->', repr(r))
    except Exception as e:
        print(c, '->', type(e).__name__)
