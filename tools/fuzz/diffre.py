#!/usr/bin/env python3
# Differential fuzzer for re: generates random patterns from a grammar
# (literals with non-ASCII and escapes, classes, anchors, groups of every kind,
# fixed-width lookbehind, backreferences, conditionals, greedy and lazy
# quantifiers, alternation, inline, scoped and argument flags), str and bytes,
# with subjects built from examples of the pattern's own pieces so that many
# cases match. Each case compiles (error message and position compared too)
# and runs search/match/fullmatch, findall, finditer, split, sub (templates
# and a function) and subn under ./micropython and CPython 3.11; a case whose
# printed outcome differs is confirmed by running it alone.
#
#   tools/fuzz/diffre.py [--seed N] [--count N] [--cases N] [--binary PATH]
#                        [--show N] [--keep DIR] [--bytes-only|--str-only]
#
# Subjects stay short and nesting shallow so that no case backtracks for long;
# every program runs under a timeout, and a case that hangs under ours (its
# lines missing) is rerun alone and reported as a timeout. Known and not
# compared: match() with endpos < pos (CPython runs the pattern on an empty
# window there and can find an empty match; ours answers None).

import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from diffexpr import CPYTHON, REPO, run, parse  # noqa: E402

LITS = "aabbcxyz0129 -_" + "\u00e9\u00c9\u00df\u0130\u0131\u212a\u017fk\u03c3\u03a3\u03c2\u20ac"
ESCAPES = [("\\.", "."), ("\\*", "*"), ("\\(", "("), ("\\\\", "\\"), ("\\n", "\n"), ("\\t", "\t"),
    ("\\x61", "a"), ("\\101", "A"), ("\\0", "\0"), ("\\-", "-"), ("\\u00e9", "\u00e9"),
    ("\\U0001F600", "\U0001F600"), ("\\N{EURO SIGN}", "\u20ac"), ("\\$", "$"), ("\\[", "[")]
CLASSES = [("\\d", "5"), ("\\w", "w"), ("\\s", " "), ("\\D", "x"), ("\\W", "-"), ("\\S", "q")]
FLAGS = ["", "i", "m", "s", "x", "a", "im", "is", "ix", "ia", "ms"]
FLAGARGS = ["0", "re.I", "re.M", "re.S", "re.X", "re.A", "re.I|re.M", "re.I|re.A", "re.S|re.M",
    "re.U", "re.I|re.S"]
# patterns CPython 3.11 rejects (or, for possessive and atomic forms, new in
# 3.11, accepts), compared for the message and position
BAD = ["a**", "a{2}{3}", "(?<=a*)b", "(?P<1>a)", "\\1(a)", "(?(2)a|b)(c)", "[b-a]", "a{3,2}",
    "(?z)", "(?i", "(", ")", "[a", "\\q", "(?P=nope)", "(?P<n>a)(?P<n>b)", "*a", "a|*",
    "(?<!a|bc)d", "\\x4", "\\u12", "\\N{NOPE}", "(?-i)", "(?i-i:a)", "a(?i)b", "{1,2}",
    "a{,", "(?P<n-1>a)", "(?#unterminated", "a++", "a*+", "a?+", "(?>ab|a)c", "x{2,3}+",
    "[\\d-z]", "\\8", "(?(n)a)", "(?(0)a)", "(?a:\\w)", "(?u:\\w)", "(?L)a"]


class Gen:
    def __init__(self, r, is_bytes):
        self.r = r
        self.bytes = is_bytes
        self.groups = 0
        self.names = []
        self.open = []  # groups not closed yet (a backref to them is an error)

    def lit(self):
        r = self.r
        c = r.choice(LITS if not self.bytes else LITS[:15] + "\xe9\xc9\xdf\xb5\xff")
        if c == " " and r.random() < 0.5:
            return "\\ ", " "
        return c, c

    def esc(self):
        while True:
            p, s = self.r.choice(ESCAPES)
            if not self.bytes or (ord(s) < 256 and "\\u" not in p and "\\U" not in p and "\\N" not in p):
                return p, s

    def cls(self):
        r = self.r
        items, ex = [], []
        if r.random() < 0.15:
            items.append("]")
            ex.append("]")
        for _ in range(r.randint(1, 3)):
            k = r.random()
            if k < 0.35:
                c = self.lit()[1]
                if c in "\\]^[":
                    c = "\\" + c
                items.append(c)
                ex.append(c[-1])
            elif k < 0.6:
                a = r.choice("abcxAX0\u00e0" if not self.bytes else "abcxAX0\xe0")
                b = chr(ord(a) + r.randint(0, 5))
                items.append(a + "-" + b)
                ex.append(r.choice([a, b]))
            elif k < 0.85:
                p, s = r.choice(CLASSES)
                items.append(p)
                ex.append(s)
            else:
                p, s = self.esc()
                items.append(p)
                ex.append(s)
        if r.random() < 0.1:
            items.append("-")
            ex.append("-")
        neg = r.random() < 0.25
        return "[" + ("^" if neg else "") + "".join(items) + "]", ("#" if neg else r.choice(ex))

    def fixed(self, depth):
        """A piece of fixed width (for lookbehind): literals, classes, escapes."""
        r = self.r
        out, ex = [], []
        for _ in range(r.randint(1, 3)):
            k = r.random()
            p, s = self.lit() if k < 0.5 else self.cls() if k < 0.75 else r.choice(CLASSES) \
                if k < 0.9 else self.esc()
            out.append(p)
            ex.append(s)
        if r.random() < 0.2:
            n = r.randint(1, 2)
            return "(?:%s){%d}" % ("".join(out), n), "".join(ex) * n
        if r.random() < 0.2:
            p2, s2 = self.lit()
            return "".join(out) + "|" + p2 * len(out), "".join(ex)
        return "".join(out), "".join(ex)

    def atom(self, depth):
        r = self.r
        k = r.random()
        if depth <= 0 or k < 0.3:
            return self.lit()
        if k < 0.38:
            return self.esc()
        if k < 0.48:
            return self.cls()
        if k < 0.53:
            return ".", r.choice("a.\n")
        if k < 0.6:
            return r.choice(CLASSES)
        if k < 0.66:
            return r.choice([("\\b", ""), ("\\B", ""), ("^", ""), ("$", ""), ("\\A", ""),
                ("\\Z", "")])
        if k < 0.76:
            self.groups += 1
            n = self.groups
            name = None
            if r.random() < 0.4:
                name = "g%d" % n
                self.names.append(name)
            self.open.append(n)
            p, s = self.alt(depth - 1)
            self.open.remove(n)
            return ("(?P<%s>%s)" % (name, p) if name else "(%s)" % p), s
        if k < 0.8:
            p, s = self.alt(depth - 1)
            return "(?:%s)" % p, s
        if k < 0.84:
            f = r.choice(["i", "m", "s", "x", "-i", "i-s", "a", "s-m"])
            if self.bytes and "a" in f and r.random() < 0.7:
                f = "i"
            p, s = self.alt(depth - 1)
            return "(?%s:%s)" % (f, p), s
        if k < 0.88:
            p, s = self.alt(depth - 1)
            return "(?%s%s)" % (r.choice("=!"), p), ""
        if k < 0.92:
            p, s = self.fixed(depth)
            return "(?%s%s)" % (r.choice(["<=", "<!"]), p), ""
        done = [g for g in range(1, self.groups + 1) if g not in self.open]
        if k < 0.96 and (done or r.random() < 0.1):
            g = r.choice(done) if done else self.groups + 1
            named = ["g%d" % g] if "g%d" % g in self.names else []
            if named and r.random() < 0.5:
                return "(?P=%s)" % named[0], ""
            return ("\\%d" % g if r.random() < 0.7 else "(?:\\%d)" % g), ""
        if done or self.groups:
            g = r.choice(done or [self.groups])
            ref = "g%d" % g if "g%d" % g in self.names and r.random() < 0.5 else str(g)
            p1, s1 = self.seq(depth - 1)
            if r.random() < 0.6:
                p2, s2 = self.seq(depth - 1)
                return "(?(%s)%s|%s)" % (ref, p1, p2), r.choice([s1, s2])
            return "(?(%s)%s)" % (ref, p1), s1
        return self.lit()

    def quant(self, p, s, depth):
        r = self.r
        k = r.random()
        if k < 0.65 or not s and r.random() < 0.7:
            return p, s
        q, n = r.choice([("*", 2), ("+", 1), ("?", 1), ("{2}", 2), ("{1,3}", 2), ("{,2}", 1),
            ("{2,}", 3), ("{0}", 0), ("{0,1}", 0), ("*", 0)])
        if r.random() < 0.3:
            q += "?"
        if len(p) > 1 and not (p.startswith("(") or p.startswith("[") or p.startswith("\\")):
            p = "(?:%s)" % p
        return p + q, s * n

    def seq(self, depth):
        parts = [self.quant(*self.atom(depth), depth) for _ in range(self.r.randint(1, 3))]
        return "".join(p for p, _ in parts), "".join(s for _, s in parts)

    def alt(self, depth):
        p, s = self.seq(depth)
        if self.r.random() < 0.25:
            p2, s2 = self.seq(depth)
            if self.r.random() < 0.5:
                s = s2
            p = p + "|" + p2
        return p, s

    def pattern(self):
        r = self.r
        if r.random() < 0.04:
            p = r.choice(BAD)
            return p, p.replace("\\", ""), "0"
        p, s = self.alt(3)
        if r.random() < 0.2:
            # A syntax slip: errors (message and position) are compared too.
            i = r.randrange(len(p) + 1)
            c = r.choice("()[]{}?*+|\\^$-:<>=!P,0123ag#")
            p = r.choice([p[:i] + c + p[i:], p[:i] + p[i + 1:], p[:i] + c + p[i + 1:]])
        if r.random() < 0.1:
            p += r.choice(["(?>a|ab)c", "x*+", "(?>[ab]+)b", "a?+b", "(?:ab){1,2}+b"])
            s += r.choice(["abc", "xx", "abab", "ab", "abb"])
        if r.random() < 0.2:
            f = r.choice(FLAGS[1:])
            if self.bytes:
                f = f.replace("a", "") or "i"
            p = "(?%s)" % f + p
        flags = r.choice(FLAGARGS) if r.random() < 0.3 else "0"
        if self.bytes and "re.A" not in flags and r.random() < 0.5:
            flags = "0"
        return p, s, flags

    def subject(self, ex):
        r = self.r
        pool = LITS + "\n" if not self.bytes else LITS[:15] + "\n\xe9"
        def noise(n):
            return "".join(r.choice(pool) for _ in range(n))
        k = r.random()
        if k < 0.15:
            s = noise(r.randint(0, 6))
        else:
            s = noise(r.randint(0, 2)) + ex + noise(r.randint(0, 2))
            if r.random() < 0.3:
                s += ex
            if r.random() < 0.25:
                s = s.swapcase()
        s = s[:14]
        if self.bytes:
            s = s.encode("latin-1", "replace").decode("latin-1")
        return s


PRELUDE = r'''import re
def D(m, n):
    if m is None:
        return "N"
    gd = sorted(m.groupdict().items())
    return repr((m.span(), m.group(), m.groups(), [m.span(i) for i in range(n + 1)], m.lastindex,
        m.lastgroup, gd, m.group(0, n) if n else None))
def E(e):
    return "E %s %s %r" % (type(e).__name__, e, getattr(e, "pos", None))
def C(i, p, fl, subs, tpl):
    try:
        r = re.compile(p, fl)
    except Exception as e:
        print(i, "c", E(e))
        return
    n = r.groups
    print(i, "c", n, sorted(r.groupindex.items()), r.flags)
    fn = lambda m: repr(m.group(0))[-3:].upper() if isinstance(p, str) else m.group(0)[::-1]
    for s in subs:
        for j, f in enumerate((lambda: D(r.search(s), n), lambda: D(r.match(s), n),
                lambda: D(r.fullmatch(s), n), lambda: D(r.search(s, 1), n),
                lambda: D(r.match(s, 1, max(len(s) - 1, 1)), n),
                lambda: r.findall(s), lambda: [m.span() for m in r.finditer(s)],
                lambda: r.split(s), lambda: r.split(s, 1), lambda: r.sub(tpl, s),
                lambda: r.sub(fn, s), lambda: r.subn(tpl, s, 1), lambda: r.subn(fn, s, 2),
                lambda: r.split(s, 2), lambda: r.fullmatch(s, 1) and r.fullmatch(s, 1).expand(tpl),
                lambda: [(m.start(k), m.end(k), m[k]) for m in r.finditer(s) for k in
                    list(r.groupindex) + list(range(n + 1))])):
            try:
                v = f()
            except Exception as e:
                v = E(e)
            print(i, j, repr(v))
'''


def case_src(i, p, flags, subs, tpl):
    return "C(%d, %r, %s, %r, %r)" % (i, p, flags, subs, tpl)


def gen_case(r, i):
    is_bytes = r.random() < 0.25
    g = Gen(r, is_bytes)
    p, ex, flags = g.pattern()
    subs = [g.subject(ex) for _ in range(r.randint(1, 3))]
    tpl = r.choice(["<\\g<0>>", "-", "[\\g<0>]", "", "\\n\\t\\\\", "\\g<0>\\g<0>",
        r.choice(["\\g<1", "\\g<>", "\\g<-1>", "\\9", "\\q", "\\", "\\g<x y>", "\\0", "\\10", "\\g<01>",
            "\\x41", "\\u00e9", "\\N{EURO SIGN}", "\\040", "\\400", "\\g<\u00e9>"])])
    if g.groups:
        tpl = r.choice([tpl, "<\\1>", "\\g<1>\\g<0>", "x\\%d" % g.groups])
    if g.names:
        tpl = r.choice([tpl, "(\\g<%s>)" % r.choice(g.names)])
    if is_bytes:
        p = p.encode("latin-1")
        subs = [s.encode("latin-1") for s in subs]
        tpl = tpl.encode("latin-1")
    return case_src(i, p, flags, subs, tpl)


def outcome(out, n):
    """The lines case n printed in a program's output."""
    return [l for l in out.splitlines() if l.split(" ", 1)[0] == str(n)]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=10, help="programs to run")
    ap.add_argument("--cases", type=int, default=100, help="patterns a program")
    ap.add_argument("--binary", default=os.path.join(REPO, "micropython"))
    ap.add_argument("--cpython", default=CPYTHON)
    ap.add_argument("--show", type=int, default=30, help="report at most N mismatches")
    ap.add_argument("--keep", help="save each mismatching case as a program in this folder")
    args = ap.parse_args()
    found = timeouts = 0
    for n in range(args.count):
        r = random.Random(args.seed * 1000003 + n)
        cases = [gen_case(r, i) for i in range(args.cases)]
        src = PRELUDE + "\n".join(cases) + "\n"
        ours, theirs = run(args.binary, src, 60), run(args.cpython, src, 60)
        if theirs == "<timeout>" or "<exit" in theirs:
            print("program %d: CPython failed: %s" % (n, theirs[-300:]))
        for i, c in enumerate(cases):
            a, b = outcome(ours, i), outcome(theirs, i)
            if a == b:
                continue
            one = PRELUDE + c + "\n"
            a1, b1 = run(args.binary, one, 10), run(args.cpython, one, 10)
            if a1 == b1:
                continue
            found += 1
            timeouts += a1 == "<timeout>"
            if args.keep:
                os.makedirs(args.keep, exist_ok=True)
                with open(os.path.join(args.keep, "re_%d_%d_%d.py" % (args.seed, n, i)), "w") as f:
                    f.write(one)
            if found <= args.show:
                la, lb = a1.splitlines(), b1.splitlines()
                diff = [(x, y) for x, y in zip(la, lb) if x != y] or [(a1[-200:], b1[-200:])]
                print("MISMATCH %s\n  ours:    %s\n  cpython: %s" % (c, diff[0][0][:300],
                    diff[0][1][:300]))
    print("%d mismatching cases (%d timeouts) in %d programs of %d cases (seed %d)" % (found,
        timeouts, args.count, args.cases, args.seed))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
