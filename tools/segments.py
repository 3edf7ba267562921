#!/usr/bin/env python3
"""Where the bytes of the stripped binary go, and how close each page-aligned
segment is to needing another 4 KiB page.

    python3 tools/segments.py [BINARY]      (default: ./micropython)

Linux only (binutils readelf and strip). The file is laid out as LOAD segments. The code segment starts on a page
boundary, so the first segment (the ELF headers, the dynamic symbol table
and the PLT relocations: every libc function imported costs about 60 bytes
there) has a fixed room before it; growing past it moves everything after it
by a whole page. The other segments are linked at the same offset within a
page as where the one before them ends in the file (the Makefile's rodata.ld,
common-page-size and frozen.ld): they follow it byte for byte. Prints each segment's flags, file range, size and its room before the next
page step; then the stripped size against the 1,000,000-byte budget.
"""
import os
import re
import subprocess
import sys
import tempfile

PAGE = 4096
LIMIT = 1_000_000


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else 'micropython'
    with tempfile.TemporaryDirectory() as tmp:
        stripped = os.path.join(tmp, 'stripped')
        subprocess.run(['strip', '-o', stripped, binary], check=True)
        size = os.path.getsize(stripped)
        out = subprocess.run(['readelf', '-lW', stripped], check=True, capture_output=True, text=True).stdout
    loads = []
    for line in out.splitlines():
        f = line.split()
        if f and f[0] == 'LOAD':
            offset, filesz = int(f[1], 16), int(f[4], 16)
            flags = ''.join(x for x in f[6:-1])
            loads.append((offset, filesz, flags))
    print('segment  file offset  file end   size      room before the next page')
    for i, (offset, filesz, flags) in enumerate(loads):
        end = offset + filesz
        if i + 1 == len(loads):
            note = '  (last: grows byte for byte)'
        elif loads[i + 1][0] % PAGE:
            note = '  (the next segment follows it byte for byte)'
        else:
            nxt = loads[i + 1][0]
            room = nxt - end if nxt >= end else 0
            note = '%6d bytes (next segment at 0x%x)' % (room, nxt)
        print('%-7s  0x%07x    0x%07x  %7d  %s' % (flags, offset, end, filesz, note))
    print('stripped size %d bytes: %d left of %d' % (size, LIMIT - size, LIMIT))


if __name__ == '__main__':
    main()
