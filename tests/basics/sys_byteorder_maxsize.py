# sys.byteorder and sys.maxsize
import sys
print(sys.byteorder in ('little', 'big'), sys.byteorder == ('little' if (1).to_bytes(2, 'little') == b'\x01\x00' else 'big'))
print(sys.maxsize > 2 ** 31, sys.maxsize == 2 ** 63 - 1 or sys.maxsize == 2 ** 31 - 1)
print(type(sys.maxsize).__name__, sys.maxsize + 1 > sys.maxsize)
