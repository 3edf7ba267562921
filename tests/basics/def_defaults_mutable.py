# mutable defaults are shared between calls
def append(v, lst=[]):
    lst.append(v)
    return lst
print(append(1), append(2))
print(append(3, []))
print(append(4))
def count(d={}):
    d['n'] = d.get('n', 0) + 1
    return d['n']
print(count(), count(), count())
