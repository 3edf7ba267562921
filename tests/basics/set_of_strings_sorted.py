# building sets of strings and iterating in sorted order
words = 'the quick brown fox jumps over the lazy dog the end'.split()
uniq = set(words)
print(len(words), len(uniq))
for w in sorted(uniq):
    print(w)
print(sorted(sorted(uniq), key=len)[:3], sorted({w[0] for w in words}))
