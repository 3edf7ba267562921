# Differences from CPython's sre found by tools/fuzz/diffre.py (session 28).
import re


def show(p, flags=0, subjects=()):
    try:
        r = re.compile(p, flags)
    except Exception as e:
        print(ascii(p), type(e).__name__, ascii(str(e)), getattr(e, "pos", None),
              ascii(getattr(e, "msg", None)))
        return
    for s in subjects:
        m = r.search(s)
        print(ascii(p), ascii(s), m and (m.span(), m.groups()), r.sub("-", s), r.split(s))


# A group holding only an anchor may be repeated (a bare anchor may not).
for p in ["(?:^)*a", "(?:$)+", "(?:\\b){2,}a", "(?:\\B)+?b", "(?m:^){0}x", "(?:\\A)?b",
          "(?:\\Z)*", "(?:(?:^)*)+a", "((?:^)+)*b", "(?a:$)+", "\\b*", "^*", "(?:)*", "(?i)*"]:
    show(p, 0, ["", "a", "ab ba", "b\nb"])

# The flags are checked against the pattern type after parsing: a syntax
# error in the pattern is reported first.
show(b"a**", re.U)
show("a**", re.A | re.U)
show(b"\\xff\\q", re.U)
show("(", re.L)
show(b"x", re.U)
show("x", re.A | re.U)
show("x", re.L)
show(b"x", re.A | re.L)
show(b"(?a)x", re.L)

# Bad ranges are named by their two tokens (an escape by two characters) and
# placed before the text they span; a bytes pattern's text is escaped.
for p in ["[\\x41-\\d]", "[\\d-\\x41]", "[z-\\x41]", "[\\x7a-\\x41]", "[\\u00e9-a]",
          "[\\N{EURO SIGN}-a]", "[a-\\w]", "[\\w-a]", "[\\w-\\x41]", "[\\101-\\d]",
          "[\\s-\\101]", "[\\7-\\0]", "[\xe9-a]", "[b-a]"]:
    show(p)
    show(p.encode("latin-1", "backslashreplace"))
show(b"[\xff-1]")
show(b"\\\xe9")
show(b"(?P<a\xe9)")

# A conditional whose yes branch is a group with alternatives: the group's
# '|' is not the conditional's.
for p in ["(?(1)(?:|()))", "(a)?(?(1)(?:a|bc))", "(a)?(?(1)(?:b|c)|d)e", "(a)(?(1)a|b|c)",
          "(a)(?(1)a|b|c", "(a)?(?(1)|b)"]:
    show(p, 0, ["", "a", "b", "abc", "ab", "ae", "de", "ace"])

# A conditional on a group that a repeat has re-entered (started again past
# its old end, not yet closed) finds it unset.
for p, s in [("(((?(2)x))\\w){2}", "w1"), ("((?!a)((?(2)x))\\w){2}", "w1"),
             ("((?(2)x)()\\w){2}", "w1"), ("(?:(?!x)(?(1)y)()\\w)*", "w1"),
             ("\\w(\\D((?(2)9{,2}_)\\W(?:a))){2}?", "a_wx9_-ax9_-az"),
             ("((?(1)b|a))+", "abab"), ("((?(1)b|a)c?)+", "acbcb")]:
    show(p, 0, [s])

# Errors: the order and wording of CPython's parser.
for p in ["(?<=a*", "(?<=a*)(", "(?<=a*))", "(?<=a*)\\2", "(?<=a{1,2})[", "(?<=a*)(?<=b+",
          "(a(?<=(?(1)b)))", "(?<=(?(1)b))(a)", "(?<=(a)(?(1)b))", "(?<=(a\\1))",
          "(a(?<=\\1))", "(?<=(a)\\1)", "(?\\b)", "(?<\\n)", "(?P\\d)", "(?<\\", "(?\\",
          "\\N{EURO\\SIGN}", "\\N{A'B}", '\\N{x"y}', "(?<=a{2}(?!b*))c", "(?<!a|bc)("]:
    show(p)
show(b"(?<=a*)(", re.U)

# A lone backslash ending the pattern is reported as soon as the token before
# it is read (CPython's tokenizer reads one ahead), in verbose comments too,
# where an escaped newline does not end the comment.
for p in ["\\g\\", "a**\\", "a)\\", "\\U0001F60\\", "(?i:\\Z\\1\\", "a\\", "\\\\\\", "[a\\",
          "(?P<a\\", "(?x)a#\\", "(a\\", "a{2}{3}\\", "(?<=a*)\\", "ab\\q\\"]:
    show(p)
    show(p.encode())
for p in ["(?x)a#\\\nb", "(?x)a#\\\\\nb", "(?x)a#\\x\nb", "(?x)a # c\\\n b|c"]:
    print(ascii(p), [m.span() for m in re.finditer(p, "ab\nb a b c")])

# Group names in templates: a bytes template's name reads as latin-1 and must
# be an identifier.
for t in [b"\\g<\xe9>", b"\\g<a\xe9>", b"\\g<\xe9\xff>", b"\\g<1\xe9>", b"\\g<-\xe9>", "\\g<\xe9>",
          "\\g<\u20ac>", "\\g<a\u20acb>", "\\g<a1>", "\\g<_>", "\\g<\u00b2>", "\\g<a\u00b2>"]:
    p = re.compile(b"(a)" if isinstance(t, bytes) else "(a)")
    try:
        print(p.sub(t, b"a" if isinstance(t, bytes) else "a"))
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))

# A group name is read as tokens too: an escaped terminator does not end it.
for p in ["(?m:(?!(?P<g\\>y)(?x:a)))", "(?P<g\\>y)>", "(?P<g\\", "(?P<g\\)", "(a)(?P=g\\)",
          "(a)(?P=g\\))", "(a)(?(1\\)a)", "(a)(?(1\\))a)", "(a)(?(1\\", "(?P<a\\b>x)",
          "(?P<a>x)(?P=a\\)", "(?P<a\\\\>"]:
    show(p)
