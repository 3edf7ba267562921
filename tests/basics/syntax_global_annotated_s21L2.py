# `global x` after an annotation of x in the same body is "annotated name
# 'x' can't be global", at module level too; a module's global declaration
# before its annotation is no conflict.
srcs = [
    'global x\nx: int = 1',
    'x: int\nglobal x',
    'x: int = 1\ny = 2\nglobal x',
    '(x): int = 1\nglobal x',
    'global x\nx: int',
    'def f():\n  global x\n  x: int',
    'class C:\n  x: int\n  global x',
    'x: int\ndef f():\n  global x',
]
for s in srcs:
    try:
        compile(s, 'f', 'exec')
        print('OK', repr(s))
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno)
