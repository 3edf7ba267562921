# exec with separate locals: a `global x` in a nested function makes the
# module body's x a global too (CPython's symbol table); code objects with
# free variables are refused.
def t():
    exec("""if 1:
        x = 7
        def f():
            def g():
                global x
                return x
            return g()
        print(f())
    """, {}, {})
t()

g = {}
l = {}
exec("y = 1\ndef h():\n    global y\n    y += 1\nh()\nz = 5\n", g, l)
print(g["y"], "y" in l, l["z"], "z" in g)

def outer():
    v = 1
    return lambda: v + 1

fn = outer()
for f in (eval, exec):
    try:
        f(fn.__code__)
    except TypeError as e:
        print("TypeError", e)
