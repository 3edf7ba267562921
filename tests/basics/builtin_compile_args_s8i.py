# compile(): flags and optimize are checked.
for f in (0xff, 0x10, 0x20000, 0x400, 0x1000000, 0x2000000, 1):
    try:
        compile('1', 's', 'eval', f)
        print('ok', hex(f))
    except ValueError as e:
        print('ValueError', hex(f))
for o in (-2, 3, 0, 1, 2, -1):
    try:
        c = compile('x = 1', 's', 'exec', optimize=o)
        print('ok', o)
    except ValueError as e:
        print('ValueError', o)
try:
    compile('1 +', 's', 'eval', optimize=1)
except SyntaxError:
    print('SyntaxError')
print(__debug__)
try:
    compile('1', 's', 'bad')
except ValueError:
    print('ValueError mode')
try:
    compile('1', 's', 'eval', flags='x')
except TypeError:
    print('TypeError flags')
