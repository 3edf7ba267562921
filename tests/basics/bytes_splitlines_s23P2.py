# splitlines finds line breaks with a scan (memchr for bytes, a byte test for
# str) and checks each candidate: every kind of break, at the start, the end,
# next to each other, and bytes that look like breaks but are not.
cases = [
    "", "a", "\n", "\r", "\r\n", "\n\r", "\r\r\n\n", "abc", "abc\n", "\nabc",
    "a\rb\nc\r\nd", "a\n\nb\r\rc", "line1\r\nline2\r\nline3\r\n",
    "x" * 40 + "\r" + "y" * 40 + "\n" + "z" * 3,
    "no cr here\nat all\n", "cr only\rhere\r", "tab\there\n\tand\x0bvt\x0cff",
    "fs\x1cgs\x1drs\x1eus\x1fend", "nul\x00and\x01ctl\n",
    "caf\u00e9\n\u00c2\u0085x\u0085y\u2028z\u2029w\u2027v\u00e2\n",
    "\u20ac\u2080\u2028\u3000\n\u00e2\u0080\u00a8",
]
for c in cases:
    for ke in (False, True):
        print(repr(c), ke, c.splitlines(ke))
        b = c.encode()
        print(b.splitlines(ke), bytearray(b).splitlines(keepends=ke))
# bytes break only at \n and \r, never at \x0b, \x0c, \x1c-\x1e or \x85.
print(b"a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\xe2\x80\xa8h".splitlines())
print(b"\xc2\x85\n\xe2\x80\xa9\r".splitlines(True))
# long text: many lines, mixed endings
text = "".join("row %d%s" % (i, ("\n", "\r\n", "\r")[i % 3]) for i in range(300))
lines = text.splitlines()
print(len(lines), lines[:4], lines[-2:])
bl = text.encode().splitlines(True)
print(len(bl), bl[:4], bl[-2:], b"".join(bl) == text.encode())
# a \r at the very end after many \n lines, then \n lines after many \r
print((b"a\n" * 50 + b"\r").splitlines()[-3:])
print(len((b"a\r" * 50 + b"b\n" * 50).splitlines()))
