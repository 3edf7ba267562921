# Which error an invalid format spec raises first, as in CPython: grouping
# against the type code (str defaulting to 's'), then the type, then the
# type-specific checks; complex's zero padding and '=' come after its type.
def t(v, s):
    try:
        r = format(v, s)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(s), "->", repr(r))

for s in ["_.10s", " #12_s", "=-z0_.1c", ",.3n", "01,.3b", "#8,.3X", "_x", "_b", ",x", ",c", "+z8.0x", "<+z0.10", "z", "zd", ".0c"]:
    t(7, s)
    t(1.5, s)
for s in ["> 12_.0", "-8_", "x>z_", "#8_", " ^ 8.3", "+", "z", "=", "_", ",", "#", "0", "010", "<05"]:
    t("ab", s)
for s in ["+#12,n", " 8,n", "+0_.3X", "0= #,.10f", "0<8,.10g", " >+z0.1", "0>8", "x^12,.2f", ",.1o", "=10", "010", "_", "012,.2e"]:
    t(-1.5j, s)
for v in [2**70, 2**62, -2**70, 65, 0x110000]:
    t(v, "c")
    t(v, "<3c")
