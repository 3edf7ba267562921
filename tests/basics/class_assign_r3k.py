# assigning or deleting __class__ on objects that are not instances of user
# classes raises TypeError (not AttributeError)
class C:
    pass


class D:
    pass


for o in (1, [], 'a', {}, None, 1.5, object(), len, (1,), 2**100, b'x'):
    try:
        o.__class__ = C
        print('ok', type(o).__name__)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
for o in (1, [], C()):
    try:
        del o.__class__
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
c = C()
c.__class__ = D
print(type(c).__name__)
try:
    (1).__klass__ = 5
except AttributeError as e:
    print('AttributeError')
