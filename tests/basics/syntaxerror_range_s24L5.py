# SyntaxError positions (lineno, offset, end_lineno, end_offset) and text as
# CPython 3.11 reports them: statement-wide ranges of compiler errors, errors
# at the end of the input, a blank last line after an eval() expression.


def show(src, mode='exec', text=True):
    try:
        compile(src, '<s>', mode)
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text) if text else '')


# The compiler's errors on a whole simple statement (and a bare yield or
# await that is its value) cover the statement, without blanks or comment.
for s in ['return 5', 'class foo:return 1', 'def f():\n  continue', 'break  # c\n', 'if 1:\n  break ; x = 1',
          'yield 1', 'x = yield', 'x += yield 2', 'x = (yield)', '[(yield) for x in y]', 'nonlocal x',
          'def f():\n  global x\n  x = 1\n  nonlocal y', 'async def f():\n  yield from x', 'await x',
          'x = await y; z = 1', 'raise await x', 'return (1,\n  2)  # c']:
    show(s)

# Errors at the end of the input.
for s in ['if True:', 'def f(): #c\n', 'try:\n  pass', 'try:\n  pass # c', 'try:\n  x\nfinally:\n', '\\', 'x = \\\n',
          'x = 1\\ 2', 'if x', 'a = 1 +']:
    show(s)

# The text of a bracket never closed or an unterminated triple-quoted string.
for s in ['(1,\n  ', '(1,\n', 'x = {\n  1: 2,\n', 'x = [1, 2', '"""abc', 'x = """a\nb']:
    show(s)

# eval: a last line of blanks after the expression is an unexpected indent.
for s in ['1\n  ', '1\n\n  ', '1\n\x0c ', '1\r\n  ', '1\n \x0c', '1\n  \n', '1\n  #c', '1\n']:
    show(s, 'eval')
    try:
        print(eval(s))
    except IndentationError as e:
        print('IndentationError', e.lineno, e.offset)
for s in ['1\n  ', 'x = 1\n  ']:
    show(s)

# The parser's errors on a whole expression cover it (in code points). (The
# text is left out: CPython finds some of these in its compiler, without it.)
for s in ['f() = 1', 'é() = 1', 'del f()', 'del "é"()', 'a, b += 1', '(a, b) += 1', '*a = 1', 'a = *b', 'lambda x: x = 2',
          '[file for str(file) in []\n]', 'x = 1 if 2', 'a if b', 'x = "é" if 1', 'print "hi"', 'print "é"', 'f(x=1, x=2)',
          'f(é=1, é=2)', 'x = (a, f()) = 1', 'a + 1 = 2', '[a, b] += 1', '(a, *b, *c) = 1', 'with a as f(): pass',
          '(yield) = 1', 'not a = 1', 'a < b = 1', '... = 1', 'x = yield = 1', 'a.b() += 1', 'f(*a for a in b)',
          'for f() in x: pass', 'del [a, f()]', 'class A(x=1, x=2): pass', '(a := 1) = 2']:
    show(s, text=False)

# Compiling a file: the compiler's errors carry the line as text (CPython
# reads it from the file), so the traceback shows it.
import os, sys, tempfile

d = tempfile.mkdtemp()
with open(os.path.join(d, 'bad_s24L5.py'), 'w') as f:
    f.write('x = "é"\nif x:\n    return 5  # c\n')
sys.path.insert(0, d)
try:
    import bad_s24L5
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
os.remove(os.path.join(d, 'bad_s24L5.py'))
os.rmdir(d)

# A complex literal pattern: the hint only where another number follows.
for pat in ['1 +', '1 + 2', '1 + x', '1 +:', '(1 +)', '1 - -2j', '1j + 2j', '1 + 2.5']:
    show('match x:\n  case %s:\n    pass' % pat)

# Ranges over several lines.
for s in ['x = """a\nbc""" = 1', 'f(a,\n  b) = 1', 'del (a +\n b)', '(a,\n b) += 1', 'yield """a\nb"""']:
    show(s, text=False)

# (valid complex literal patterns still match)
for v in (1 + 2j, 1 - 2j, -1.5 - 0.5j, 2):
    match v:
        case 1 + 2j:
            print(v, 'sum')
        case 1 - 2j:
            print(v, 'difference')
        case -1.5 - 0.5j:
            print(v, 'negative')
        case _:
            print(v, 'other')
