# Huge widths, repeat counts and group numbers in patterns give re.error or
# OverflowError, never a wrapped (undefined) computation.
# Our repeat limit is 2**31 - 1 (CPython's 2**32 - 1), so counts and
# lookbehind widths between the two are left out here.
import re


def check(p):
    try:
        re.compile(p)
        print("compiled", p[:48])
    except (re.error, OverflowError) as e:
        print(type(e).__name__, e)


# Nested fixed repeats inside a lookbehind: the width product overflows.
check("(?<=" + "(?:" * 4 + "a" + "{4194304})" * 4 + ")b")
check("(?<=" + "(?:" * 8 + "a" + "{65536})" * 8 + ")b")
check("(?<=(?:a{65536}){65536})b")
check("(?<=(?:(?:ab){1073741824}){1073741824})b")
# Sums of widths.
check("(?<=" + "a{2000000000}" * 3 + ")b")
check("(?<=" + "a{2000000000}" * 40 + ")b")
check("(?<=(?:a{2000000000}|b{2000000000}){3})c")
check("(?<=(?:x|y)" + "(?:a{1000000000})" * 9 + ")c")
# Through a backreference to a wide group (outside the lookbehind).
check(r"(a{1000000000})(?<=\1\1\1\1\1)b")
check(r"(a{1000000})(?<=(?:\1){1000000000})b")
# Zero-width bodies repeated many times are fine.
check("(?<=(?:(?=a)){2000000000})b")
check("(?<=(?:){2000000000}a)b")
# Small fixed widths still work.
print(re.search("(?<=(?:ab){3})c", "abababc").start())
print(re.search(r"(ab)(?<=\1\1)c", "ababc"))
# Repeat counts.
for p in ("a{99999999999999999999}", "a{1,99999999999999999999}", "a{,4294967296}",
          "a{4294967295}", "(?:ab){5,4294967295}", "a{3,2}"):
    check(p)
# Group numbers in conditionals that do not fit any integer type.
check("(a)(?(99999999999999999999)a)")
check("(a)(?(18446744073709551617)a|b)")
check("(a)(?(4294967297)a)")
check("(a)(?(0004294967297)a)")
check("(a)(?(002)a)")
check("(a)(?(00)a)")
check(r"(a)\99")
# A reference inside a lookbehind to a group of the same lookbehind.
check(r"(?<=(a)\1)b")
check(r"(?<=(a)(?(1)b|c))d")
check(r"(?<=(?P<x>a)(?P=x))b")
# Huge group numbers in templates.
for t in (r"\g<1073741823>", r"\g<99999999999999999999999>", r"\g<18446744073709551617>",
          r"\g<0004294967297>", r"\g<00001>"):
    try:
        print(re.sub("()", t, "xx"))
    except re.error as e:
        print("error", e)
m = re.match("(a)", "a")
for g in (2**31 + 1, 2**32 + 1, 2**64 + 1, -2**63, 2**100):
    try:
        print(m.group(g))
    except IndexError as e:
        print("IndexError", e)
