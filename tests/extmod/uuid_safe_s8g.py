# uuid: SafeUUID, UUID.is_safe, weak references, pickling and copying with is_safe
import uuid, pickle, copy, weakref

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u.is_safe, u.is_safe is uuid.SafeUUID.unknown)
print([(m.name, m.value) for m in uuid.SafeUUID])
s = uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe)
print(s.is_safe, s == uuid.UUID(int=5), repr(s))
r = weakref.ref(u)
print(r() is u)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for x in (u, s, uuid.UUID(int=7, is_safe=uuid.SafeUUID.unsafe)):
        y = pickle.loads(pickle.dumps(x, proto))
        print(proto, y == x, y.is_safe)
print(copy.copy(s).is_safe, copy.deepcopy(s).is_safe)
print(u.__getstate__(), s.__getstate__())
try:
    u.is_safe = 1
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
try:
    uuid.nothing
except AttributeError as e:
    print('AttributeError', e)
print(pickle.loads(pickle.dumps(uuid.SafeUUID.safe)))
