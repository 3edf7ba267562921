# ast.literal_eval on strings: every literal shape CPython accepts, and the
# exception type for what it refuses (ValueError) or cannot parse (SyntaxError).
import ast

good = [
    '1', '-3', '+4', '-0', '-0.0', '1.5e-3', '.5', '3.', '1_000', '0x1F', '0o17', '0b101',
    '2j', '-1j', '1+2j', '1-1j', '-1.5+2j', '(1)+(2j)', '(-1)+2j', '+1+1j', '1-(2j)',
    '0x1e+5j', '-(1)', '10**0'[:2], '123456789012345678901234567890',
    'True', 'False', 'None', '...',
    '"a"', "'b'", '"a" "b"', "b'x' b'y'", 'u"u"', 'r"\\d"', 'Rb"\\x00"', 'BR"x"',
    '"""a\nb"""', "'''x'''", '"a\\\nb"', "'\\x41\\u00e9\\t'", "b'\\xff\\n'",
    "'\\N{BULLET}'", '"\'"', "'\"'", "'a\\'b'",
    '()', '(1,)', '(1, 2)', '((1, 2), [3])', '1, 2', '1,', '[]', '[1,]', '[1, [2, [3]]]',
    '{}', '{1: 2}', '{1: 2,}', "{'a': [1, {2: 3}], (1, 2): None}", '{1, 2}', '{1,}',
    'set()', 'set( )', '{(1, 2)}',
    '  1', '\t 2', '1\n', '\n1', '1 # comment', '\x0c1', '\\\n1', '(1,\n 2)',
    '[1,\n # c\n 2]', '{"k":\n -1}',
]
for s in good:
    v = ast.literal_eval(s)
    print(repr(s), type(v).__name__, repr(v))

bad = [
    'x', 'a.b', 'print(1)', 'set(())', 'set([1])', 'frozenset()', 'Ellipsis',
    '+(-1)', '--1', '-True', '-(1+2j)', '0x1e+5', '1+2', '1+2j+3j', '2j+1', 'True+1j',
    '1 - -2j', '1*2', '2**3', '-1**2', '~1', 'not 1', '1 < 2', '1 if 1 else 2',
    '[*a]', '{**a}', '{1: 2, **a}', '[1 for x in y]', '{1 for x in y}', '(1 for x in y)',
    '{1: 2 for x in y}', '[1][0]', '(1, 2)[0]', '"a".upper()', '"ab"[0]', 'f"a"',
    '"a" f"b"', "f'{1}'", 'lambda: 1', '(x := 1)', '1 .real', '{[1]: x}', 'None.x',
    '[1, 2, x]', '{"a": b}', 'a, 1', '1, a',
]
for s in bad:
    try:
        print(repr(s), 'accepted', ast.literal_eval(s))
    except ValueError as e:
        print(repr(s), 'ValueError', str(e).startswith('malformed node or string'))

syntax = ["'\\U'", '\n -1', '# c\n  1', '1\n 2', '', ' ', '1 +', '[1, 2', '"a" b"b"', '1 2', "'\\x4'", '01', '(', '}', '1,,',
          'x = 1', '"abc', '1\x00']
for s in syntax:
    try:
        print(repr(s), 'accepted', ast.literal_eval(s))
    except SyntaxError as e:
        print(repr(s), type(e).__name__)

# unhashable keys and items fail with TypeError when they are reached
for s in ['{[1]: 2, x: 3}', '{[1], x}', '{1, [2]}', '{{}: 1}']:
    try:
        print(repr(s), 'accepted', ast.literal_eval(s))
    except TypeError:
        print(repr(s), 'TypeError')

# only str is parsed: anything else is a malformed node
for x in [b'1', 5, None, [1]]:
    try:
        print(repr(x), 'accepted', ast.literal_eval(x))
    except ValueError as e:
        print(repr(x), 'ValueError', str(e).startswith('malformed node or string'))

# the line of the offending node is in the message
try:
    ast.literal_eval('[1,\n2,\nfoo]')
except ValueError as e:
    print('on line 3:' in str(e))
try:
    ast.literal_eval("{'a': 1,\n'b':2,\n'c':++3,\n'd':4}")
except ValueError as e:
    print('on line 3:' in str(e))

# big and nested values
print(ast.literal_eval(repr(list(range(2000)))) == list(range(2000)))
d = {'k%d' % i: (i, str(i), [i * 0.5], {i: None}) for i in range(300)}
print(ast.literal_eval(repr(d)) == d)
long = 'x' * 20000 + "'\\\"" + 'y' * 5000
print(ast.literal_eval(repr(long)) == long)
print(ast.literal_eval('"""' + long.replace('\\', '') + '"""') == long.replace('\\', ''))
print(ast.literal_eval(repr(bytes(range(256)))) == bytes(range(256)))
print(ast.literal_eval('[' * 30 + ']' * 30))
