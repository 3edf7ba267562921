# negative indices and bounds in slices
l = [0, 1, 2, 3, 4, 5]
s = 'python'
print(l[-1], l[-6], s[-1], s[-6])
print(l[-3:], l[:-3], l[-4:-1], l[-1:-4], l[-100:-3])
print(s[-3:], s[:-3], s[-5:-2], s[1:-1])
print(l[-2::-1], s[-2::-2])
try:
    l[-7]
except IndexError:
    print('IndexError')
