# __hash__ = None makes instances unhashable
class U:
    __hash__ = None
try:
    hash(U())
except TypeError:
    print('TypeError hash')
try:
    set([U()])
except TypeError:
    print('TypeError set')
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
class BadHash:
    def __hash__(self):
        return 'x'
try:
    hash(BadHash())
except TypeError:
    print('TypeError: __hash__ must return int')
