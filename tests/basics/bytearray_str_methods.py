# bytes-style methods return bytearrays on bytearrays
ba = bytearray(b' a,b ')
r = ba.strip()
print(r, type(r).__name__)
print(ba.split(b','), [type(x).__name__ for x in ba.split(b',')])
print(bytearray(b'Ab').upper(), bytearray(b'Ab').lower(), bytearray(b'x-y').replace(b'-', b'+'))
print(bytearray(b'abc').decode(), bytearray(b'abc').startswith(b'a'), bytearray(b'hex').hex())
