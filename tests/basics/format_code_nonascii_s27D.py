# A format type code that is not printable ASCII is named by its code point
# as CPython names it ('\xe9'), and a non-ASCII code is one character, not
# several bytes ("Invalid format specifier" before); '%' formatting names the
# code point of an unsupported character (printable ASCII or '?')
specs = ["\u00e9", "5\u00e9", ".2\u00e9", "<\u00e9", "\u20ac", "\U0001f600", "\x01", "\x7f",
         "\u0165", "\u0100", ",\u00e9", "_\u0162", ",\u0165", ",\x01", ",q", "q", "\u00e9\u00e9",
         "\u00e9>5", "\u00e9>5\u00e9", "dd", "5dd", "ff"]
for v in ("a", 1, 1.5, True):
    for spec in specs:
        try:
            print(repr(format(v, spec)))
        except ValueError as e:
            print("ValueError", e)
for f in ("%\u00e9", "%\U0001f600", "%\x7f", "%\u0165", "%s %\x01", "ab\u20ac%\u20ac", "%y", "%\x1f"):
    try:
        print(repr(f % (1,)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("{:\u00e9>5}".format(1))
