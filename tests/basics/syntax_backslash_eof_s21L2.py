# A backslash continuation that ends the input: SyntaxError on the
# backslash's line, just past it, as CPython.
for src in ['x = 1 + \\\n', 'x = 1\n\\\n', 'x = 1\\\n', '\\\n', 'if 1:\n    x = 1 \\\n', 'x = 1 + \\',
            'x = (1 + \\\n', 'x = 1 + \\\n\n', 'x = 1 + \\\r']:
    try:
        compile(src, 'f', 'exec')
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset)
