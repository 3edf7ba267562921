# zlib.decompress for the three containers (wbits), the three block kinds
# (stored, fixed and dynamic Huffman), crc32/adler32, and bad input:
# corrupt or truncated data raises zlib.error, never crashes or hangs. The
# compressed inputs are fixed bytes (made once with CPython's zlib).
import zlib

text = b'MicroPython networking ' * 40 + bytes(range(256))
VECTORS = [
    ('dynamic zlib', 15, bytes.fromhex(
        '78daf3cd4c2eca0fa82cc9c8cf53c84b2d29cf2fcacecc4b57f01d151e151e151e386106462666165636760e4e2e6e1e'
        '5e3e7e0141216111513171094929691959397905452565155535750d4d2d6d1d5d3d7d03432363135333730b4b2b6b1b'
        '5b3b7b07472767175737770f4f2f6f1f5f3fff80c0a0e090d0b0f088c8a8e898d8b8f884c4a4e494d4b4f48cccacec9c'
        'dcbcfc82c2a2e292d2b2f28acaaaea9adabafa86c6a6e696d6b6f68eceaeee9edebefe0913274d9e3275daf4193367cd'
        '9e3377defc050b172d5eb274d9f2152b57ad5eb376ddfa0d1b376ddeb275dbf61d3b77eddeb377dffe03070f1d3e72f4'
        'd8f113274f9d3e73f6dcf90b172f5dbe72f5daf51b376fddbe73f7defd070f1f3d7ef2f4d9f3172f5fbd7ef3f6ddfb0f'
        '1f3f7dfef2f5dbf71f3f7ffdfef3f7df7f0074bce830'
    )),
    ('dynamic raw', -15, bytes.fromhex(
        'f3cd4c2eca0fa82cc9c8cf53c84b2d29cf2fcacecc4b57f01d151e151e151e386106462666165636760e4e2e6e1e5e3e'
        '7e0141216111513171094929691959397905452565155535750d4d2d6d1d5d3d7d03432363135333730b4b2b6b1b5b3b'
        '7b07472767175737770f4f2f6f1f5f3fff80c0a0e090d0b0f088c8a8e898d8b8f884c4a4e494d4b4f48cccacec9cdcbc'
        'fc82c2a2e292d2b2f28acaaaea9adabafa86c6a6e696d6b6f68eceaeee9edebefe0913274d9e3275daf4193367cd9e33'
        '77defc050b172d5eb274d9f2152b57ad5eb376ddfa0d1b376ddeb275dbf61d3b77eddeb377dffe03070f1d3e72f4d8f1'
        '13274f9d3e73f6dcf90b172f5dbe72f5daf51b376fddbe73f7defd070f1f3d7ef2f4d9f3172f5fbd7ef3f6ddfb0f1f3f'
        '7dfef2f5dbf71f3f7ffdfef3f7df7f00'
    )),
    ('dynamic gzip', 31, bytes.fromhex(
        '1f8b0800000000000203f3cd4c2eca0fa82cc9c8cf53c84b2d29cf2fcacecc4b57f01d151e151e151e38610646266616'
        '5636760e4e2e6e1e5e3e7e0141216111513171094929691959397905452565155535750d4d2d6d1d5d3d7d0343236313'
        '5333730b4b2b6b1b5b3b7b07472767175737770f4f2f6f1f5f3fff80c0a0e090d0b0f088c8a8e898d8b8f884c4a4e494'
        'd4b4f48cccacec9cdcbcfc82c2a2e292d2b2f28acaaaea9adabafa86c6a6e696d6b6f68eceaeee9edebefe0913274d9e'
        '3275daf4193367cd9e3377defc050b172d5eb274d9f2152b57ad5eb376ddfa0d1b376ddeb275dbf61d3b77eddeb377df'
        'fe03070f1d3e72f4d8f113274f9d3e73f6dcf90b172f5dbe72f5daf51b376fddbe73f7defd070f1f3d7ef2f4d9f3172f'
        '5fbd7ef3f6ddfb0f1f3f7dfef2f5dbf71f3f7ffdfef3f7df7f003d1d3aa598040000'
    )),
    ('fixed zlib', 15, bytes.fromhex(
        '78dacb48cdc9c957c84090003a2e067d'
    )),
    ('stored zlib', 15, bytes.fromhex(
        '7801012c01d3fe4d6963726f507974686f6e206e6574776f726b696e67204d6963726f507974686f6e206e6574776f72'
        '6b696e67204d6963726f507974686f6e206e6574776f726b696e67204d6963726f507974686f6e206e6574776f726b69'
        '6e67204d6963726f507974686f6e206e6574776f726b696e67204d6963726f507974686f6e206e6574776f726b696e67'
        '204d6963726f507974686f6e206e6574776f726b696e67204d6963726f507974686f6e206e6574776f726b696e67204d'
        '6963726f507974686f6e206e6574776f726b696e67204d6963726f507974686f6e206e6574776f726b696e67204d6963'
        '726f507974686f6e206e6574776f726b696e67204d6963726f507974686f6e206e6574776f726b696e67204d6963726f'
        '507974686f6e206e6574776f726b696e67204d38267582'
    )),
    ('empty zlib', 15, bytes.fromhex(
        '789c030000000001'
    )),
    ('small window', 9, bytes.fromhex(
        '18d3f3cd4c2eca0fa82cc9c8cf53c84b2d29cf2fcacecc4b57f01d151e151e151e386106462666165636760e4e2e6e1e'
        '5e3e7e0141216111513171094929691959397905452565155535750d4d2d6d1d5d3d7d03432363135333730b4b2b6b1b'
        '5b3b7b07472767175737770f4f2f6f1f5f3fff80c0a0e090d0b0f088c8a8e898d8b8f884c4a4e494d4b4f48cccacec9c'
        'dcbcfc82c2a2e292d2b2f28acaaaea9adabafa86c6a6e696d6b6f68eceaeee9edebefe0913274d9e3275daf4193367cd'
        '9e3377defc050b172d5eb274d9f2152b57ad5eb376ddfa0d1b376ddeb275dbf61d3b77eddeb377dffe03070f1d3e72f4'
        'd8f113274f9d3e73f6dcf90b172f5dbe72f5daf51b376fddbe73f7defd070f1f3d7ef2f4d9f3172f5fbd7ef3f6ddfb0f'
        '1f3f7dfef2f5dbf71f3f7ffdfef3f7df7f0074bce830'
    )),
]

for name, wbits, data in VECTORS:
    out = zlib.decompress(data, wbits)
    print(name, len(out), zlib.crc32(out), out[:12])
    if wbits > 15:
        print(" auto", zlib.decompress(data, 47) == out)
    elif wbits > 0:
        print(" auto", zlib.decompress(data, 32 + wbits) == out, zlib.decompress(data, 0) == out)

print(zlib.crc32(text), zlib.adler32(text), zlib.crc32(b"abc", 5), zlib.adler32(b""), zlib.adler32(b"x", 7))
print(zlib.MAX_WBITS, zlib.DEFLATED, issubclass(zlib.error, Exception))

# Every truncation and many single-bit corruptions of a valid stream.
good = VECTORS[0][2]
outcomes = set()
for n in range(len(good)):
    try:
        zlib.decompress(good[:n])
        outcomes.add("ok")
    except zlib.error:
        outcomes.add("error")
print("truncated", sorted(outcomes))
corrupt_ok = corrupt_err = 0
for i in range(0, len(good) * 8, 7):
    bad = bytearray(good)
    bad[i // 8] ^= 1 << (i % 8)
    try:
        zlib.decompress(bytes(bad), -15 if i > 16 else 15)
        corrupt_ok += 1
    except zlib.error:
        corrupt_err += 1
print("corrupt handled", corrupt_ok + corrupt_err == len(range(0, len(good) * 8, 7)))
for bad in (b"", b"x", b"\x78\x9c", b"\x78\x9c\xff\xff", b"\x1f\x8b\x08\x00", bytes(10)):
    try:
        zlib.decompress(bad)
        print("no error?")
    except zlib.error:
        print("error", bad[:4])
for wbits in (7, 16, 48, -7, -16):
    try:
        zlib.decompress(VECTORS[0][2], wbits)
    except (zlib.error, ValueError) as e:
        print(wbits, type(e).__name__)
try:
    zlib.decompress("text")
except TypeError:
    print("TypeError")
