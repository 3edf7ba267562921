# CPython refuses more than 255 names before the starred target of an
# unpacking assignment; fewer compile and run.
def check(n_before):
    src = ", ".join("a%d" % i for i in range(n_before)) + ", *rest = range(%d)" % (n_before + 3)
    try:
        ns = {}
        exec(src, ns)
        print(n_before, "ok", len(ns["rest"]))
    except SyntaxError as e:
        print(n_before, "SyntaxError", e.msg)

for n in [1, 255, 256, 300]:
    check(n)

# names after the star are not limited that tightly
src = "first, *rest, " + ", ".join("b%d" % i for i in range(300)) + " = range(400)"
ns = {}
exec(src, ns)
print(ns["first"], len(ns["rest"]), ns["b299"])
