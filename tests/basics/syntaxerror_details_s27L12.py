# SyntaxError details (type, msg, lineno, offset, end_lineno, end_offset,
# text) compared with CPython: a last line of blanks in 'single' input,
# "Perhaps you forgot a comma?" after 'not' and where CPython leaves it out,
# starred expressions in eval input, the text of an error whose statement
# goes on past its line, and f-string field errors.

def show(src, mode='exec'):
    try:
        compile(src, '<s>', mode)
        print(mode, repr(src), 'OK')
    except SyntaxError as e:
        print(mode, repr(src), type(e).__name__, e.msg, e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))

# 'single': the last line of blanks is indented against the blocks open
for src in ['if 1:\n  pass\n  ', 'if 1:\n  pass\n    ', 'if 1:\n    pass\n  ',
            'if 1:\n  pass\n\t', 'if 1:\n  pass\n\t\t', 'if 1:\n\tpass\n\t\t',
            'if 1:\n\tpass\n        ', 'if 1:\n        pass\n\t',
            'def f():\n  if 1:\n    pass\n ', 'def f():\n  if 1:\n    pass\n  ',
            'if 1:\n  if 1:\n    pass\n      ', 'if 1:\n  if 1:\n    pass\n   ',
            'if 1:\n  if 2:\n    pass\n\t', 'if 1:\n  x\n   ', 'if 1:\n  x\n ',
            'if 1:\n  pass\n  \f', 'if 1:\n  pass\n\f  ', 'if 1:\n  pass\n\f    ',
            'if 1:\n  pass\n    \f    ', 'if 1:\n    pass\n \f  ',
            'if 1: pass\n  ', 'if 1: pass\n\f', 'x = 1\n  ', 'x\n\t\t',
            'if 1:\n  pass\n  # c', 'if 1:\n  pass\n    # c', 'if 1:\n  pass\n',
            'class A:\n  x = 1\n\t', 'while 1:\n    if 1:\n        pass\n      ',
            'try:\n  pass\nexcept:\n  pass\n ', '  ', '\f  ', ' \f']:
    show(src, 'single')
for src in ['1\n  ', '1\n\t', '(1)\n\f\t', '1\n  \f', 'x\n\f  ', '  ']:
    show(src, 'eval')
for src in ['if 1:\n  pass\n    ', 'if 1:\n    pass\n  ']:
    show(src, 'exec')

# a 'not' that is not 'not in'
for src in ['[a not b]', '[a not b c]', 'f(a not b)', 'f(x, a not b)',
            '[x and a not b]', '[x or y and a not b]', '[x + a not b]',
            '[a < c not b]', '[a not b + c]', '[a not (b)]', '[a not not b]',
            '(a not b)', '{a not b}', '[a not\n b]', '[a not b\n c]',
            '[not a not b]', '[a is not b not c]', '[a not in b not c]',
            'f(a=1 not b)', '[a not b for x in y]', 'x[a not b]',
            '{1: a not b}', '[a not b.c d]', '[a not *b]', '[a not lambda: 1]',
            'x = a not b', 'a not b', '[a not ]',
            '[a not -1]', '[a not None]', '[a not [1]]', '[a not b in c]',
            'print(not 0 not 1, 2)']:
    show(src)

# no guess after a lone name followed by a string, or a soft keyword
for src in ['print(name "x")', 'print(a.b "x")', '[_ b]', '[match b]',
            '[case b]', '[_ "s"]', '[a f"s"]', '[a b"s"]',
            '[a "s" "t"]', '{a "s"}', '[a\n"s"]', '[x, a "s"]', '[a 1]',
            '[1 "s"]', '[a(1) "s"]', '[a b]', '[a.b c]']:
    show(src)

# eval input takes no starred expression at its top level
for src in ['*a', '*a, b', 'a, *b', 'a, *b, c', '*a,', 'a, *', '*', '* a',
            '*a if b else c', '*(a)', '*a = 1', 'a, *b = 1', '*a\n',
            '(*a, b)', '[*a]', 'x[*a]', 'a, b']:
    show(src, 'eval')
print(eval('(*a, 3)', {'a': [1, 2]}), eval('[*a]', {'a': 'xy'}))
print(eval('x[*a]', {'x': {(1, 2): 5}, 'a': [1, 2]}))

# the statement goes on after the error's line: its text has no newline
for src in ['if x:\n  y = (1,\n   2) = 3', 'x = [1,\n 2,\n 3 4]', 'f(a,\n  b c)',
            'x = (1 +\n 2 +)', 'for bad (1,\n 2) in x: pass', '(1\n\n',
            'x = 1 +\ny = 2\n', 'x = f(a b,\n c)']:
    show(src)
    show(src, 'single')

# f-string fields: ranges and text on "(field)"
for src in ['f"{a b}"', 'f"{a +}"', 'f"{*a}"', 'f"{a b c}"', 'f"{(a b)}"',
            'f"{[a b]}"', 'f"{x:{a b}}"', 'x = 1; f"{ a b }"', 'f"{lambda x: 1}"',
            'f"{a $}"', 'f"{1_}"', 'f"{a not b}"', 'f"{a, b c}"', 'f"{a b +}"',
            'f"{a = 1}"', 'f"{a!x}"', 'f"{}"', 'f"{a)}"', 'f"{a(}"']:
    show(src)

# bytes that are no UTF-8 show as U+FFFD in the text (the message and
# position are our lexer's: CPython finds them in the string literal)
for src in [b'Python = "\xcf\xb3\xf2\xee\xed" +', b'x = 1\ny = "\xff"\n', b'\xf0']:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print(repr(e.text), len(e.text), e.text.encode())

# an annotation without a value names __debug__ (also in parentheses): the
# whole statement; with a value: the target
for src in ['__debug__: int', '__debug__: int = 1', 'x.__debug__: int',
            'x.__debug__: int = 1', '(__debug__): int', 'class A:\n  __debug__: int',
            'def f():\n  __debug__: int', '(x.__debug__): int']:
    show(src)

# a parenthesised group of parameters: the range covers the group
for src in ['def f((a)): pass', 'def f((a, b)): pass', 'def f(x, (a)): pass',
            'def f((a)=1): pass', 'def f((a: int)): pass', 'lambda (a): 1',
            'lambda x, (a, b): 1', 'def f((a), b): pass', 'def f((a, b) = 1): pass',
            'def f(x, (y, z), w):', 'lambda (x, y, z), w: None', 'def f((a,\n b)): pass',
            'def f((a,)): pass', 'def f((a: int, b: str)): pass', 'def f((a)']:
    show(src)
