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
