# SyntaxError message and position (lineno, offset, text, end_lineno,
# end_offset) for: input with nothing to compile in 'single' and 'eval'
# mode, a byte order mark (allowed only at the start of encoded source, not
# in a str), errors of the tokenizer itself (a bad character or number: the
# text has no newline and the range is empty), a starred *args annotation
# with a default, a dict key without ":", and f-string errors at the end of
# eval input, and bad escapes.
def show(src, mode="exec", name="x"):
    try:
        compile(src, name, mode)
        print("ok", repr(src), mode)
    except SyntaxError as e:
        print(repr(src), mode, type(e).__name__, e.args[0], (e.lineno, e.offset, e.text, e.end_lineno, e.end_offset))


for src in ["", "\n\n", "# c\n", "# c", "\n#x\n  \n", "\r\n", "\n"]:
    show(src, "single")
    show(src, "eval")
for f in (lambda: eval(""), lambda: eval("  "), lambda: eval("\n")):
    try:
        f()
    except SyntaxError as e:
        print(e.args[0], e.lineno, e.offset, repr(e.text), e.end_offset)

for src in ["\ufeffx = 1", "x = 1\ufeff", "x = \ufeff1", "\ufeff", "#\ufeff\nx=1", "\ufeff\ufeffx=1"]:
    for mode in ["exec", "eval", "single"]:
        show(src, mode)
    show(src.encode())
print(eval(b"\xef\xbb\xbf1 + 1"))
d = {}
exec(b"\xef\xbb\xbfy = 2", d)
print(d["y"])

for src in ["x = \ufeff1\n", "x = $", "x = $\n", "x = 1?", "x = 1\x01", "x = 1\x01\n", 'x = "abc', "x = 0b12",
            "x = 0o8", "x = 0xg", "x = 1_", "x = 1e", "x = 1abc", "x = \u2212 1", "x = 1 \u00a0"]:
    show(src)
    show(src, "eval")

for src in ["def f(*args: *b = (1,)): pass", "def f(*args: *b=(1,)): pass", "def f(*args: b = (1,)): pass",
            "def f(*args = (1,)): pass", "lambda *a=1: 0", "def f(*a: *b, c=1): pass", "def f(a: *b): pass"]:
    show(src)

for src in ["{1: 2, 3}", "x = {1: 2, 3}", "{1: 2, 3, 4: 5}", "{1: 2, a.b}", "{1: 2, f(x)  }", "{1: 2, 'abc'}",
            "{1: 2, \u00e9}", "{1: 2, a\t,}"]:
    show(src)
    show(src, "eval")

# f-string and mixed-literal errors at the very end of eval/single input
# stay on the last character (end_offset -1); in exec mode, past it.
for src in ['f"abc{}"', 'f"}"', 'f"{"', 'f"{a!}"', 'b"a" "b"', '"a" b"b"', 'f"abc{}" + 1', '(f"abc{}"\n)', '1 + f"{x!z}"',
            'f"{a:{b!x}}"', 'f"{x:{y:{z:{w}}}}"', 'f"{!r}"']:
    for mode in ("exec", "eval", "single"):
        show(src, mode)

# A bad escape is reported past the literal and those joined to it.
for src in ['x = "\\N{foo}"', 'x = "ab\\x1"', 'x = b"ab\\x1"', 'x = "ab\\u12"', 'x = "ab\\x1" "c"', 'x = "c" "ab\\x1"',
            'x = ("ab\\x1"\n  "c")', 'x = "ab\\x1" + 1', 'f("\\x1", 2)', 'x = "\\U1234"', "x = '\\N{LATIN'", 'x = f"\\x1{a}"',
            'x = b"\\xz"', 'x = r"\\x1"', 'x = "\\x1" $', 'x = "\\U00110000"']:
    show(src)
    show(src[4:] if src.startswith("x = ") else src, "eval")
