# zlib.decompressobj: streaming decompression, max_length/unconsumed_tail,
# unused_data, eof, flush, copy. The compressed inputs are fixed bytes made
# once with CPython (our zlib has no compressor).
import zlib

plain = b''.join(b'line %d of some text to compress\n' % i for i in range(300))
comp = bytes.fromhex(
    '78da8dda416edb401044d17d4ec123b06a48cef03c810218b0a320d622c70f72813caf7b'
    'f76159fda6f5fef6f3b1eddbf3c7f6f9fc786cafc79fd7f67a6edf9f1fbf7e3f3e3fbfbd'
    'ff9b07f3623e303f303f31bf309f982fcc6ff56140158c12460da38851c52863d4310a19'
    '95ac4a967f8b2a5995ac4a5625ab9255c9aa645572a8e450c9c18fb54a0e951c2a395472'
    'a8e450c9a192874a1e2a79a8e4c1ff902a79a8e4a192874a1e2a79a8e4a992a74a9e2a79'
    'aae4c92f1b953c55f254c953254f95bc54f252c94b252f95bc54f2e2f7b64a5e2a79a9e4'
    'a5925325a74a4e959c2a395572aae4e40aa4925325a74a2e955c2ab95472a9e452c9a592'
    '4b2517b749955c2a79abe4ad92b74ade2a79abe4ad92b74ade2a797331f766ced57ce76e'
    'be7339dfb99def5ccf77eee73b17f49d1bface157d67d32f70874d0d1e8bc7e4b1798c1e'
    'abc7eca17b42f8a436249bd23e217e42fd84fc09fd130228145048a0d0401986399b9241'
    'a183420885120a29145a28c450a8a1904339fcdac1a6145148a2d044218a4215852c0a5d'
    '14c22894514e3f21b1297114ea28e451e8a31048a190422285460a9194cbef726c4a2785'
    '500aa5145229b45288a5504b2197422f65fab1934d49a6d04c219a4235856c0add14c229'
    '945348a72cbf20b329f514f229f45308a8505021a1424385880a1595dbcff27e97e7c33c'
    '1d553aaa7454e9a8d251a5a34a47958e2a1dd5f8d8c1a67454e9a8d251a5a34a47958e2a'
    '1d55df8f7c40fac205894d7d43f211c957249f917c47f221898e2a1d553aaac3673936a5'
    'a34a47958e2a1d553aaa7454e9a8d251a5a37af8d6c9a67454e9a8d251a5a34a47958e2a'
    '1d553aaa74544f1f90d9948e2a1d553aaa7454e9a8d251a5a34a47958eeae5ab3c9bd251'
    'a5a34a47958e2a1d553aaa7454e9a8d2519dfea9039bd251a5a34a47958e2a1d553aaa74'
    '54e9a8d2515dfefd089bd251a5a34a47958e2a1d553aaa7454e9a8d251bdfda39cff34fd'
    '0b59819630')
gz = bytes.fromhex(
    '1f8b08000000000002038dda416edb401044d17d4ec123b06a48cef03c810218b0a320d6'
    '22c70f72813caf7bf76159fda6f5fef6f3b1eddbf3c7f6f9fc786cafc79fd7f67a6edf9f'
    '1fbf7e3f3e3fbfbdff9b07f3623e303f303f31bf309f982fcc6ff56140158c12460da388'
    '51c52863d4310a1995ac4a967f8b2a5995ac4a5625ab9255c9aa645572a8e450c9c18fb5'
    '4a0e951c2a395472a8e450c9a192874a1e2a79a8e4c1ff902a79a8e4a192874a1e2a79a8'
    'e4a992a74a9e2a79aae4c92f1b953c55f254c953254f95bc54f252c94b252f95bc54f2e2'
    'f7b64a5e2a79a9e4a5925325a74a4e959c2a395572aae4e40aa4925325a74a2e955c2ab9'
    '5472a9e452c9a5924b2517b749955c2a79abe4ad92b74ade2a79abe4ad92b74ade2a7973'
    '31f766ced57ce76ebe7339dfb99def5ccf77eee73b17f49d1bface157d67d32f70874d0d'
    '1e8bc7e4b1798c1eabc7eca17b42f8a436249bd23e217e42fd84fc09fd130228145048a0'
    'd0401986399b9241a183420885120a29145a28c450a8a1904339fcdac1a6145148a2d044'
    '218a4215852c0a5d14c22894514e3f21b1297114ea28e451e8a31048a190422285460a91'
    '94cbef726c4a2785500aa5145229b45288a5504b2197422f65fab1934d49a6d04c219a42'
    '35856c0add14c229945348a72cbf20b329f514f229f45308a8505021a1424385880a1595'
    'dbcff27e97e7c33c1d553aaa7454e9a8d251a5a34a47958e2a1dd5f8d8c1a67454e9a8d2'
    '51a5a34a47958e2a1d55df8f7c40fac205894d7d43f211c957249f917c47f221898e2a1d'
    '553aaac3673936a5a34a47958e2a1d553aaa7454e9a8d251a5a37af8d6c9a67454e9a8d2'
    '51a5a34a47958e2a1d553aaa74544f1f90d9948e2a1d553aaa7454e9a8d251a5a34a4795'
    '8eeae5ab3c9bd251a5a34a47958e2a1d553aaa7454e9a8d2519dfea9039bd251a5a34a47'
    '958e2a1d553aaa7454e9a8d2515dfefd089bd251a5a34a47958e2a1d553aaa7454e9a8d2'
    '51bdfda39cff34fd0b942a84a66a270000')
raw = bytes.fromhex(
    '8dda416edb401044d17d4ec123b06a48cef03c810218b0a320d622c70f72813caf7bf761'
    '59fda6f5fef6f3b1eddbf3c7f6f9fc786cafc79fd7f67a6edf9f1fbf7e3f3e3fbfbdff9b'
    '07f3623e303f303f31bf309f982fcc6ff56140158c12460da38851c52863d4310a1995ac'
    '4a967f8b2a5995ac4a5625ab9255c9aa645572a8e450c9c18fb54a0e951c2a395472a8e4'
    '50c9a192874a1e2a79a8e4c1ff902a79a8e4a192874a1e2a79a8e4a992a74a9e2a79aae4'
    'c92f1b953c55f254c953254f95bc54f252c94b252f95bc54f2e2f7b64a5e2a79a9e4a592'
    '5325a74a4e959c2a395572aae4e40aa4925325a74a2e955c2ab95472a9e452c9a5924b25'
    '17b749955c2a79abe4ad92b74ade2a79abe4ad92b74ade2a797331f766ced57ce76ebe73'
    '39dfb99def5ccf77eee73b17f49d1bface157d67d32f70874d0d1e8bc7e4b1798c1eabc7'
    'eca17b42f8a436249bd23e217e42fd84fc09fd130228145048a0d0401986399b9241a183'
    '420885120a29145a28c450a8a1904339fcdac1a6145148a2d044218a4215852c0a5d14c2'
    '2894514e3f21b1297114ea28e451e8a31048a190422285460a9194cbef726c4a2785500a'
    'a5145229b45288a5504b2197422f65fab1934d49a6d04c219a4235856c0add14c2299453'
    '48a72cbf20b329f514f229f45308a8505021a1424385880a1595dbcff27e97e7c33c1d55'
    '3aaa7454e9a8d251a5a34a47958e2a1dd5f8d8c1a67454e9a8d251a5a34a47958e2a1d55'
    'df8f7c40fac205894d7d43f211c957249f917c47f221898e2a1d553aaac3673936a5a34a'
    '47958e2a1d553aaa7454e9a8d251a5a37af8d6c9a67454e9a8d251a5a34a47958e2a1d55'
    '3aaa74544f1f90d9948e2a1d553aaa7454e9a8d251a5a34a47958eeae5ab3c9bd251a5a3'
    '4a47958e2a1d553aaa7454e9a8d2519dfea9039bd251a5a34a47958e2a1d553aaa7454e9'
    'a8d2515dfefd089bd251a5a34a47958e2a1d553aaa7454e9a8d251bdfda39cff34fd0b')

def feed(data, wbits, step, max_length=0):
    d = zlib.decompressobj(wbits)
    out = []
    pos = 0
    while pos < len(data):
        chunk = data[pos:pos + step]
        pos += step
        out.append(d.decompress(chunk, max_length))
        while d.unconsumed_tail:
            out.append(d.decompress(d.unconsumed_tail, max_length))
    out.append(d.flush())
    return b''.join(out), d.eof, d.unused_data


for name, data, wbits in (('zlib', comp, 15), ('gzip', gz, 31), ('raw', raw, -15),
                          ('auto-gzip', gz, 47), ('auto-zlib', comp, 47)):
    for step in (1, 7, 100, 10000):
        got, eof, unused = feed(data, wbits, step)
        print(name, step, got == plain, eof, unused)
    got, eof, unused = feed(data, wbits, 50, 64)
    print(name, 'max_length', got == plain, eof)

d = zlib.decompressobj()
first = d.decompress(comp + b'tail', 10)
print(len(first), first == plain[:10], len(d.unconsumed_tail) > 0, d.eof)
rest = d.decompress(d.unconsumed_tail)
print(first + rest == plain, d.eof, d.unused_data)
print(d.decompress(b'more'), d.unused_data)

d = zlib.decompressobj()
part = d.decompress(comp[:300])
c = d.copy()
print(part == plain[:len(part)], d.eof, c.eof)
print(part + d.decompress(comp[300:]) == plain, part + c.decompress(comp[300:]) == plain)

d = zlib.decompressobj()
half = d.decompress(comp[:200]) + d.flush()
print(half == plain[:len(half)], d.eof)

for bad in (b'\x00\x00', comp[:-1] + bytes([comp[-1] ^ 1])):
    d = zlib.decompressobj()
    try:
        d.decompress(bad)
        print('no error', d.eof)
    except zlib.error as e:
        print('error', e)
try:
    zlib.decompressobj().decompress(b'', -1)
except ValueError as e:
    print('ValueError', e)
try:
    zlib.decompressobj(99)
except (ValueError, zlib.error) as e:
    print(type(e).__name__)
print([getattr(zlib, n) for n in ('Z_NO_COMPRESSION', 'Z_BEST_SPEED', 'Z_BEST_COMPRESSION', 'Z_DEFAULT_COMPRESSION',
    'Z_DEFAULT_STRATEGY', 'Z_FILTERED', 'Z_HUFFMAN_ONLY', 'Z_RLE', 'Z_FIXED', 'Z_NO_FLUSH', 'Z_PARTIAL_FLUSH',
    'Z_SYNC_FLUSH', 'Z_FULL_FLUSH', 'Z_FINISH', 'Z_BLOCK', 'Z_TREES', 'DEF_MEM_LEVEL', 'MAX_WBITS', 'DEFLATED')])
