# Encoding with the 8-bit code pages (latin-9, cp437) looks each character
# up in the code page's table: every code point up to U+2600 (and a few
# beyond) encodes to the byte that decodes to it, or fails. Long texts
# encode at once (a million characters took half a minute when each
# character was tried against every byte).
for codec in ('latin9', 'iso8859_15', 'cp437', 'IBM437'):
    table = bytes(range(256)).decode(codec)
    byte_of = {}
    for i, ch in enumerate(table):
        byte_of[ch] = i
    wrong = []
    n_ok = 0
    for cp in list(range(0x2600)) + [0xdc80, 0xfffd, 0x10000, 0x1f600]:
        ch = chr(cp)
        try:
            got = ch.encode(codec)[0]
            n_ok += 1
        except UnicodeEncodeError:
            got = None
        if got != byte_of.get(ch):
            wrong.append(cp)
    print(codec, len(byte_of), n_ok, wrong)

for codec in ('latin9', 'cp437'):
    high = bytes(range(128, 256)).decode(codec)
    text = high * 8000
    data = text.encode(codec)
    print(codec, len(data), data.decode(codec) == text, data[:4])
    print(('\u20ac\u00e9\u2591\u4e00' * 50000).encode(codec, 'replace')[:8])
    print(len(('\u00a4\u00e9\u25a0x' * 50000).encode(codec, 'ignore')))
    print(('\u00a4\u2302\u0178' * 3).encode(codec, 'backslashreplace'))
