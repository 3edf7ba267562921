# re.error has CPython's msg and pos attributes.
import re
for bad in [r"(", r"[a", r"a**", r"(?P<1>a)", r"\1(a)", r"*a", r"a{2,1}", r"(?P<n>a)(?P<n>b)"]:
    try:
        re.compile(bad)
        print(bad, "ok")
    except re.error as e:
        print(bad, "|", e.msg, "|", e.pos, "|", e)
