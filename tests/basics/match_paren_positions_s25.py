# A pattern that begins with a parenthesised group starts at its '(':
# the SyntaxErrors raised on or-patterns, as-patterns and open sequences
# point there, as in CPython.
cases = [
    "match v:\n    case (a) | b:\n        pass\n",
    "match v:\n    case ((a) | (b)) | (c) as d:\n        pass\n",
    "match v:\n    case (a), *b, *c:\n        pass\n",
    "match v:\n    case (1 | 2) as _:\n        pass\n",
    "match v:\n    case ((a) | b) as c:\n        pass\n",
    "match v:\n    case [*a, *b]:\n        pass\n",
    "match v:\n    case (*a, 1, *b):\n        pass\n",
]
for src in cases:
    try:
        compile(src, "<t>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
