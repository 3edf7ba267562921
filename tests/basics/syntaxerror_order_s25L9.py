# SyntaxError message, lineno, offset, end_lineno, end_offset and text as
# CPython 3.11 reports them: match-pattern checks in the order CPython's
# compiler makes them (an or-pattern's alternatives one by one, inner before
# outer, each error at the pattern last entered), and the ranges of errors
# that cover more than one token.


def show(src):
    try:
        compile(src, '<s>', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))


def case(pat, more=''):
    show('match x:\n    case ' + pat + ':\n        pass\n' + more)


# Or-patterns: names checked per alternative, inner or-patterns first.
for pat in ['([a] | [b]) | c', '[a] | c', '[a] | [b] | c', '[a] | [a, b]', '([a] | [a]) | [c, d]',
            '(1 | [b, c]) | c', '[a] | {1: b}', '[a] | Foo(b)', '[a] | Foo(b, _)', '[a] | [1, (2 | b)]',
            '[a] | [1, (2 | 300)]', '[aa] | [bbb]', '[a] | Foo(bb=c.d)', '[x] | [y] as z', '[(1 | x), x]',
            '[a] | {1: _, **b}', '[a] | {1: b, 2: _}', '[a] | [b, *c, _]']:
    case(pat)

# Irrefutable alternatives and repeated names: whichever CPython meets first.
for pat in ['(x) | (x) as x', '(x | y) as x', '[x, (x | x)]', 'x | 1', '[x, x] | 1', '[a, b] | [x, x]',
            '[a, b] as a', '{1: a, **a}', '[{1: a, 1: b}, x, x]', '[x, x, {1: a, 1: b}]', 'Foo(a=x, a=y)',
            '[x, Foo(a=y, a=z)]', '[a, (b | b)]', '[a, ([b] | [b]), b]', '[a, ([b] | [b]), *b]', '(1 | x) | 2']:
    case(pat)
case('_', '    case 1:\n        pass\n')
case('a if a', '    case 1:\n        pass\n')
case('[x] | [x] | x', '    case 2:\n        pass\n')

# Ranges over more than one token.
for src in ['[a b c]', '[a, b c]', 'f(a b)', '{1: a b}', 'a.1', 'x = 1 .5', 'a := 1', 'x = a ** ** b', 'f(x.y=1)',
            'f((x)=1)', 'f(True=1)', 'f(None = 1)', 'del *a', 'del a, *b', 'if a = 1:\n    pass',
            'while a = f(x):\n    pass', '{**a for a in b}', '{ ** a for a in b}', '[a b +]', 'print(a b)',
            '[1 2 3]', '(a b) = 1', 'f(a, b c=1)']:
    show(src)

# "except A, B:" over the types (and an 'as' name).
for types in ['A, B', 'A, B, C as e', '(A), b.c', 'A, (B, C)']:
    show('try:\n    pass\nexcept ' + types + ':\n    pass\n')
    show('try:\n    pass\nexcept* ' + types + ':\n    pass\n')

# Errors of the compiler (text None): a keyword argument __debug__ (over
# the call, or the class statement), a bare 'except:' not last (over the
# handler), and their order with a repeated keyword.
for src in ['f(__debug__=1)', 'x = f(__debug__=1)', 'x = 1; f(__debug__=1)', 'if f(__debug__=1): pass',
            'x = [f(__debug__=1) for y in z]', 'f(a,\n  __debug__=1)', 'class A(__debug__=1): pass',
            'f(a=1, __debug__=2, a=3)', 'f(__debug__=1, a=2, a=3)',
            'try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass',
            'try:\n    pass\nexcept:\n    x = 1\n    y = (2,\n  3)\nexcept ValueError:\n    pass',
            'try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\nelse:\n    pass\nfinally:\n    pass']:
    show(src)

# A bare 'except:' not last is the compiler's error: a later syntax error
# comes first.
show('try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\nx = = 1\n')
