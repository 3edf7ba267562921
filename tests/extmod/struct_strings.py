# s, p and c formats
import struct

print(struct.pack('4s', b'ab'), struct.pack('2s', b'abcd'), struct.pack('0s', b'x'))
print(struct.unpack('3s', b'xyz'), struct.calcsize('10s'), struct.calcsize('10p'))
print(struct.pack('5p', b'abc'), struct.pack('3p', b'abcdef'), struct.unpack('5p', b'\x09abcd'))
print(struct.pack('cc', b'a', b'\xff'), struct.unpack('cc', b'xy'))
print(struct.pack('3s', bytearray(b'q')), struct.pack('<2sh', b'hi', 1))
print(struct.unpack('<4sI', b'abcd\x01\x00\x00\x00'))
print(struct.pack('1p', b'abc'), struct.unpack('1p', b'\x05'))
