# SyntaxError messages and offsets: bad number literals, unreachable and
# inconsistent or-patterns.
def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "|", e.msg, e.lineno, e.offset)

for src in ["1e", "1.5e", "1_e5", "1.5_", "1.5j_", "5_j", "1ex", "0o8", "0b1_", "1__",
            "12abc", "0xfz", "1_000_", "0x_", "0b2", "0x", "01", "00"]:
    check(src, "eval")
check("x = 1_")
check("x = 0xg")

for src in ["match x:\n  case a | b: pass",
            "match x:\n  case _ | 1: pass",
            "match x:\n  case (a | b): pass",
            "match x:\n  case [a | b]: pass",
            "match x:\n  case a: pass\n  case 1: pass",
            "match x:\n  case 1 | a | 2: pass",
            "match x:\n  case (1 | a) | 2: pass",
            "match x:\n  case 1 | (2 | _): pass\n  case 3: pass",
            "match x:\n  case 1 | a: pass",
            "match x:\n  case (1 | 2) | 3: pass",
            "match x:\n  case [a, *r] | (a, *r): pass",
            "match x:\n  case {'k': a} | [a]: pass",
            "match x:\n  case a if a: pass\n  case 1: pass"]:
    check(src)

def m(v):
    match v:
        case [a, *r] | (a, *r):
            return "seq", a, r
        case {"k": a} | {"j": a}:
            return "map", a
        case 1 | 2 | 3:
            return "small"
        case _:
            return "other"
print(m([1, 2]), m({"j": 5}), m(2), m("s"))
