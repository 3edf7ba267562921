# A match pattern's number may only be a literal with an optional minus (and a
# complex literal): other operators, names after the minus, trailers and
# strings after a minus are syntax errors, as in CPython.
def check(pat):
    try:
        compile("match x:\n case %s: pass" % pat, "<s>", "exec")
        print(pat, "ok")
    except SyntaxError as e:
        print(pat, "SyntaxError", e.msg)

for pat in ["-a", "-a.b", "--1", "1 ** 2", "1 .real", "-'s'", "-(1)",
            "1", "-1", "1.5", "-1.5", "1j", "-1j", "1 + 2j", "-1 - 2j", "(1)", "-1 | 2",
            "{-1: x}", "[-1, 2]", "None", "True", "'s'"]:
    check(pat)

# the accepted ones still match
def m(v):
    match v:
        case -1:
            return "minus one"
        case -1.5 | 2:
            return "alt"
        case 1 + 2j:
            return "complex"
        case {-2: y}:
            return "map %s" % y
    return "none"

for v in [-1, -1.5, 2, 1 + 2j, {-2: "k"}, 3]:
    print(v, m(v))
