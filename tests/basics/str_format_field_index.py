# str.format fields with attribute access and indexing
class P:
    x = 3
    y = 'why'
d = {'key': 'val', 'n': [10, 20]}
print('{0.x} {0.y}'.format(P()), '{p.x}'.format(p=P()))
print('{0[key]} {0[n][1]}'.format(d), '{d[n]}'.format(d=d))
print('{0[1]} {0[0]}'.format(['a', 'b']), '{t[0]:>4}'.format(t=(7,)))
