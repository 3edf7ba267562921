# SyntaxError end_lineno/end_offset (the offending token's end) and a
# very long f-string
for src in ['a b', 'foo bar baz', 'x = (1 +\n  2 +* 3)', '1 +', 'x = 1 2',
            "a = 'abc' 'd' efg", 'for x in range(3) print(x)', 'import',
            'x = )', 'x = [1, 2', '  x = 1', 'if x:\n    a\n  b', "x = 'abc"]:
    try:
        compile(src, 's', 'exec')
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
e = SyntaxError('m', ('f', 1, 2, 't', 1, 5))
print(e.end_lineno, e.end_offset)
try:
    compile('return', 's', 'exec')
except SyntaxError as e:
    print(e.lineno, e.offset, type(e.end_lineno).__name__)

x = 'X'
s = "f'" + '{x} ' * 700 + "'"
print(eval(s) == 'X ' * 700)
print(eval(("f'" + '{x}' * 255 + "'") * 256) == 'X' * (255 * 256))
