# The SyntaxError for a del target that is not a name, attribute, subscript,
# tuple or list names what it is (conditional expression, lambda, comparison...).
srcs = ["del a if b else c", "del lambda: 1", "del a < b", "del not a", "del a and b", "del a, b if c else d", "del (a if b else c)", "del a := 1", "del (a := 1)",
        "del a in b", "del a, lambda: 0", "del yield", "del await x", "del a,", "del a, b,", "del (a), [b]", "del a.b, c[0]", "del -a", "del a | b", "del f'x'", "del 'a' 'b'"]
for s in srcs:
    try:
        compile(s, "s", "exec")
        r = "ok"
    except SyntaxError as e:
        r = "%s: %s %s" % (type(e).__name__, e.msg, (e.lineno, e.offset))
    print(repr(s), r)
