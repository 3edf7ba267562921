# TypeError wording of eval() and exec() for globals that are not a dict
# and locals that are not a mapping (eval checks its locals first, exec its
# globals).
class M:
    def __getitem__(self, k):
        if k == "a":
            return 5
        raise KeyError(k)


cases = [("eval", [], None), ("eval", 1, None), ("eval", {}, []), ("eval", None, 1), ("eval", 1, 1), ("eval", [], 1),
         ("eval", [], []), ("eval", (), None), ("exec", [], None), ("exec", 1, None), ("exec", {}, 1),
         ("exec", None, []), ("exec", [], 1), ("exec", None, 1.5)]
for name, g, l in cases:
    f = eval if name == "eval" else exec
    try:
        print(name, f("1", g, l))
    except TypeError as e:
        print(name, type(g).__name__, type(l).__name__, e)
print(eval("a", {}, M()))
print(eval("a", None, {"a": 6}))
