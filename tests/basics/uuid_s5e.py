# uuid: construction from hex/bytes/bytes_le/fields/int, every attribute,
# comparisons, errors, uuid3/uuid5 (fixed values), uuid1/uuid4 shapes.
import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.urn, u.int)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.variant, u.version)
for v in (uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields),
          uuid.UUID(int=u.int), uuid.UUID("urn:uuid:12345678123456781234567812345678")):
    print(v == u, hash(v) == hash(u), int(v) == u.int)
w = uuid.UUID(int=u.int, version=4)
print(w, w.version, w.variant, w > u, w < u, u <= u, u >= w, u != w, u == "x")
print(sorted([w, u]) == [u, w])
for i in (0, 1 << 127, (1 << 128) - 1, 0xE000 << 48):
    x = uuid.UUID(int=i)
    print(x, x.variant, x.version)
for kw in ({"hex": "123"}, {"bytes": b"1"}, {"bytes_le": b"12"}, {"fields": (1, 2)},
           {"fields": (1 << 32, 0, 0, 0, 0, 0)}, {"fields": (0, 0, 0, 0, 256, 0)},
           {"int": -1}, {"int": 1 << 128}, {"int": 0, "version": 6}, {}, {"int": 1, "hex": "0" * 32}):
    try:
        uuid.UUID(**kw)
        print("no error", kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError", e)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://x/é"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3"))
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
t2 = uuid.uuid1()
print(t.version, t.variant, t2.time > t.time, t != t2)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc,
      uuid.uuid1(clock_seq=0x1234).clock_seq)
print(uuid.RFC_4122, uuid.RESERVED_NCS, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
print(0 <= uuid.getnode() < 1 << 48)
