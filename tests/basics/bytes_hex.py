# bytes.hex and bytes.fromhex
print(b'\x00\x01\xab\xff'.hex(), b''.hex(), bytearray(b'AZ').hex())
print(bytes.fromhex('deadbeef'))
print(bytes.fromhex(''), bytes.fromhex('00 ff 10'), bytes.fromhex('AbCd'))
print(bytearray.fromhex('0102'), type(bytearray.fromhex('01')).__name__)
for bad in ('0', 'zz', '0g'):
    try:
        bytes.fromhex(bad)
    except ValueError:
        print('ValueError', repr(bad))
x = bytes(range(256))
print(bytes.fromhex(x.hex()) == x)
