# bytearray mutating methods
ba = bytearray(b'hello')
ba[0] = 72
ba[-1] = ord('O')
print(ba)
ba.append(33); ba.extend(b'??'); ba.extend([65, 66]); ba.insert(0, 62); ba.insert(100, 60)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord('?'))
print(ba)
ba.reverse(); print(ba)
ba[1:3] = b'XYZ'; print(ba)
del ba[::2]; print(ba)
ba[:] = b''; print(ba, len(ba))
ba += b'abc'; ba *= 2; print(ba)
ba.clear(); print(ba)
for bad in ('ba.append(256)', 'ba.append(-1)', "ba.append('a')", 'ba.pop()', 'ba.remove(1)', 'bytearray(b"x")[5]'):
    try:
        exec(bad)
    except (ValueError, TypeError, IndexError) as e:
        print(bad, type(e).__name__)
b2 = bytearray(3)
b2[1:2] = bytearray(b'zz')
print(b2, bytearray('ab', 'ascii'), bytearray([1, 2]), bytearray(range(3)), bytearray(b'x') * 2)
print(bytearray(b'abc').copy(), bytearray(b'a,b').split(b','), bytearray(b'x').upper(), type(bytearray(b'x').upper()).__name__)
print(bytearray(b'ab').hex(), bytearray.fromhex('0a0b'), bytearray(b'ab').decode(), bytearray(b'abc')[1], bytearray(b'abc')[1:])
try:
    hash(bytearray())
except TypeError:
    print('TypeError')
b3 = bytearray(b'abc')
b3[0:1] = [120, 121]
print(b3)
