# bytes()/bytearray() take their source by keyword too.
print(repr(bytes(source=b'a')), bytes(source=[1, 2]), bytes(source=3))
print(bytearray(source=b'x'), bytes(source='\xe9', encoding='utf-8'))
b = b'abc'
print(bytes(b) is b, bytes(source=b) == b, type(bytes(source=bytearray(b'q'))).__name__)
class B(bytes):
    pass
print(repr(bytes(B(b'z'))), type(bytes(source=B(b'z'))).__name__)
