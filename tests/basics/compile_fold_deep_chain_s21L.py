# A very long chain of constant operators (1 + 1 + ... + 1, folded at compile
# time by recursion on the left operand) either compiles or raises
# RecursionError: it never overflows the C stack (CPython raises RecursionError).
for n in (20000, 200000):
    for op in ("+", "*", "|"):
        try:
            ns = {}
            exec("x = " + op.join(["1"] * n), ns)
            print(op, ns["x"] == (n if op == "+" else 1))
        except RecursionError:
            print(op, True)
