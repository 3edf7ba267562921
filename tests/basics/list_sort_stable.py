# sorting is stable, including with reverse=True
recs = [('b', 2), ('a', 2), ('c', 1), ('d', 3), ('e', 1), ('f', 2), ('g', 3), ('h', 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
by_name = sorted(recs)
print(sorted(by_name, key=lambda r: r[1]))
data = [(i % 5, i) for i in range(40)]
s = sorted(data, key=lambda p: p[0])
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]))
print(s[:10])
