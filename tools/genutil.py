"""Helpers shared by the build's header generators (tools/make*.py)."""
import os
import struct
import subprocess
import sys
import zlib

# DEFLATE's window: the most of a preset dictionary a stream can refer to.
WINDOW = 32768


def write_if_changed(path, data):
    """Write data (str, or bytes for a binary file) to path unless it already
    holds exactly that, so that objects depending on a generated file are not
    rebuilt needlessly."""
    mode = 'b' if isinstance(data, bytes) else ''
    try:
        with open(path, 'r' + mode) as f:
            if f.read() == data:
                return
    except OSError:
        pass
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'w' + mode) as f:
        f.write(data)


def compress_all(tool, packer, jobs):
    """The raw DEFLATE streams (RFC 1951) of the (data, dictionary) jobs, from
    one run of tools/deflate_pack (an optimal-parsing encoder: 4.4% smaller
    than zlib -9 over lib/). Its framing: u32 length + bytes, little-endian,
    for the dictionary and then the data of each job; one stream back per
    job. No fallback to zlib: the binary's size would change unnoticed. tool
    names the generator in error messages."""
    frames = []
    for data, zdict in jobs:
        zdict = zdict[-WINDOW:]
        frames += [struct.pack('<I', len(zdict)), zdict, struct.pack('<I', len(data)), data]
    try:
        run = subprocess.run([packer], input=b''.join(frames), stdout=subprocess.PIPE)
    except OSError as e:
        sys.exit('%s: cannot run %s: %s' % (tool, packer, e))
    if run.returncode != 0:
        sys.exit('%s: %s failed (exit status %d)' % (tool, packer, run.returncode))
    out, pos, packed = run.stdout, 0, []
    for _ in jobs:
        if pos + 4 > len(out):
            sys.exit('%s: %s gave too little output' % (tool, packer))
        n = struct.unpack_from('<I', out, pos)[0]
        packed.append(out[pos + 4:pos + 4 + n])
        pos += 4 + n
    return packed


def decompress(packed, zdict=b''):
    """What py/inflate.c gives back for a stream of compress_all()."""
    unpacker = zlib.decompressobj(-15, zdict=zdict[-WINDOW:])
    return unpacker.decompress(packed) + unpacker.flush()


def dictionary_refs(packed, hist):
    """The back-references of a raw DEFLATE stream that reach into its preset
    dictionary of hist bytes: (offset in the dictionary, bytes copied from
    it) for each (tools/makefrozen.py orders its shared phrases by them)."""
    bits = ''.join(format(b, '08b')[::-1] for b in packed)  # in reading order
    pos = 0

    def take(n):
        nonlocal pos
        pos += n
        return int(bits[pos - n:pos][::-1] or '0', 2)

    def code(lengths):
        # a canonical Huffman code: its codes, as read, -> symbols
        table, c = {}, 0
        for n in range(1, 16):
            for sym, ln in enumerate(lengths):
                if ln == n:
                    table[format(c, '0%db' % n)] = sym
                    c += 1
            c <<= 1
        return table

    def decode(table):
        nonlocal pos
        n = 1
        while bits[pos:pos + n] not in table:
            n += 1
        pos += n
        return table[bits[pos - n:pos]]

    refs, out, last = [], 0, 0
    while not last:
        last, kind = take(1), take(2)
        if kind == 0:
            pos = (pos + 7) & ~7
            n = take(16)
            pos += 16 + 8 * n
            out += n
            continue
        if kind == 1:
            lit, dist = code([8] * 144 + [9] * 112 + [7] * 24 + [8] * 8), code([5] * 30)
        else:
            nlit, ndist, ncl = take(5) + 257, take(5) + 1, take(4) + 4
            cl = [0] * 19
            for i in range(ncl):
                cl[(16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15)[i]] = take(3)
            clt, lens = code(cl), []
            while len(lens) < nlit + ndist:
                s = decode(clt)
                if s < 16:
                    lens.append(s)
                elif s == 16:
                    lens += lens[-1:] * (3 + take(2))
                else:
                    lens += [0] * (3 + take(3) if s == 17 else 11 + take(7))
            lit, dist = code(lens[:nlit]), code(lens[nlit:])
        while True:
            s = decode(lit)
            if s < 256:
                out += 1
                continue
            if s == 256:
                break
            s -= 257
            # lengths from 3 and distances from 1: every four (two) codes
            # past the first eight (four) add an extra bit
            n = 258 if s == 28 else s + 3 if s < 8 else 3 + ((4 + s % 4) << (s // 4 - 1)) + take(s // 4 - 1)
            d = decode(dist)
            d = 1 + (d if d < 4 else ((2 + d % 2) << (d // 2 - 1)) + take(d // 2 - 1))
            if d > out:
                refs.append((hist + out - d, min(n, d - out)))
            out += n
    return refs
