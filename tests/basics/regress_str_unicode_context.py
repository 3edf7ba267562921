# Case mapping and classes of strings mixing special cases: final sigma with
# case-ignorable neighbours, titlecase digraphs, ligatures, dotted I, iota
# subscript, astral letters. Deterministic pseudo-random strings.
alphabet = "aAzZ ß'.\u0345\u0301\u03a3\u03c3\u03c2\u0391\u03b1\u0130\u0131iI\u01c4\u01c5\u01c6\ufb01\u1fb3\u1fbc\u0149\u02b0\u00b7\u2019-1\u0660\u00b2\u2160\u1e9e\u00b5\u0390Ǆ\u10a0\u2d00\U00010400\U00010428\u0587 \t"
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
acc = []
for i in range(600):
    s = "".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(7)))
    r = (s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), s.istitle(), s.isupper(), s.islower(), s.isalpha(), s.isalnum(), s.isidentifier(), s.isprintable(), s.isspace(), s.isdecimal(), s.isdigit(), s.isnumeric())
    acc.append(repr(r))
    if len(acc) == 500:
        print("\n".join(acc))
        acc = []
print("\n".join(acc))
for s in ("ΣΑΣ", "ΟΔΟΣ ΟΔΟΣ.", "Σ", "aΣ", "Σa", "aΣ'", "a'Σ", "aΣ\u0301b", "ΌΣΟΣ", "İstanbul", "ǆemal", "ﬁne ﬂow", "straße", "ᾳᾼ", "ŉ"):
    print(s.lower(), s.upper(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
