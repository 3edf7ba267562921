# basic slicing of lists, tuples and strings
l = list(range(10))
t = tuple(l)
s = 'abcdefghij'
for seq in (l, t, s):
    print(seq[2:5], seq[:3], seq[7:], seq[:], seq[5:2], seq[3:3])
    print(seq[0:100], seq[100:], seq[-100:2])
