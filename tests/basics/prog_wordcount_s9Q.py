# word frequency, text statistics and a simple report
import re
from collections import Counter, defaultdict

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way -- in short, the period was so far like
the present period, that some of its noisiest authorities insisted on its
being received, for good or for evil, in the superlative degree of comparison
only."""

words = re.findall(r"[a-z']+", TEXT.lower())
print(len(words), "words")
c = Counter(words)
for w, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print("%-10s %3d %s" % (w, n, "*" * n))
print(c.most_common(3))

by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, by_len[k][:5], len(by_len[k]))

lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:2d}: {len(line):3d} {line[:20]!r:24} {line.count(',')}")

longest = max(words, key=len)
print("longest:", longest, len(longest))
avg = sum(map(len, words)) / len(words)
print("avg length: %.3f" % avg, round(avg, 2), f"{avg:.1e}")

# sentences and capitalisation
sentences = [s.strip() for s in re.split(r"[,.;]", TEXT.replace("\n", " ")) if s.strip()]
print(len(sentences))
print([s.title()[:15] for s in sentences[:4]])
print([s.capitalize()[:12] for s in sentences[-3:]])
print(" ".join(w[::-1] for w in words[:6]))

# letter histogram
letters = Counter(ch for ch in TEXT.lower() if ch.isalpha())
top = letters.most_common(5)
print(top)
total = sum(letters.values())
for ch, n in top:
    print(f"{ch}: {n / total:6.2%}")

# bigrams
bigrams = Counter(zip(words, words[1:]))
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])

# centered table
print("+" + "-" * 22 + "+")
for w in ["times", "age", "epoch", "season"]:
    print("|" + w.center(10) + "|" + str(c[w]).rjust(5) + "|" + str(c[w] * 2).ljust(5) + "|")
print("+" + "-" * 22 + "+")

# vowels per word
vowels = set("aeiou")
vc = {w: sum(1 for ch in w if ch in vowels) for w in sorted(set(words))}
print(sorted(w for w, n in vc.items() if n >= 4))
print(Counter(vc.values()).most_common())
c2 = Counter("abracadabra")
print(sorted(c2.elements()))
print(c2 - Counter("abc"), c2 & Counter("aab"))
print((c2 + Counter(z=2))["z"], c2["q"])
