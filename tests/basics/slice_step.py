# slices with steps
l = list(range(10))
s = 'abcdefghij'
for seq in (l, s, tuple(l)):
    print(seq[::2], seq[1::2], seq[::3], seq[1:8:3])
    print(seq[::-1], seq[::-2], seq[8:2:-2], seq[2:8:-1])
    print(seq[-1::-3], seq[:-11:-1])
try:
    l[::0]
except ValueError:
    print('ValueError')
