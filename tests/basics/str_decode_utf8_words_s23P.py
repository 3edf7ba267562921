# UTF-8 decoding checks ASCII a word at a time and jumps to the first
# non-ASCII byte of a word; it also counts the code points for len().
# Every kind of sequence, valid or not, is tried at each offset within a
# word and at the very end of the input, where the word scan stops.
seqs = [
    b"\xc3\xa9", b"\xdf\xbf", b"\xe2\x82\xac", b"\xef\xbf\xbd", b"\xf0\x9f\x98\x80",
    b"\xf4\x8f\xbf\xbf",
    # invalid: lone continuation, overlong, truncated, surrogate, > U+10FFFF,
    # bad lead bytes, a lead followed by ASCII
    b"\x80", b"\xbf", b"\xc0\x80", b"\xc1\xbf", b"\xc3", b"\xe2\x82", b"\xe0\x80\x80",
    b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xf5\x80\x80\x80", b"\xff", b"\xc3A", b"\xe2\x82A",
]
for seq in seqs:
    res = []
    for pad in range(0, 18):
        for tail in (b"", b"x", b"abcdefghij"):
            b = b"a" * pad + seq + tail
            try:
                s = b.decode()
                res.append((len(s), s == b.decode("utf-8", "surrogateescape")))
            except UnicodeDecodeError as e:
                res.append(("err", e.start, e.end))
    print(seq, res)

# len() of a decoded str, also after slicing and joining it
for t in ("héllo wörld " * 50, "€uro" * 33, "😀a" * 17, "abc" * 100, "ü"):
    s = t.encode().decode()
    print(len(s), len(s[3:]), len(s + "é"), s == t, s[-1] == t[-1], s.count(t[0]))

# the other codecs and the error modes still take their own paths
print(b"abc".decode("ascii"), b"\xe9t\xe9".decode("latin-1"), b"a\xffb".decode("utf-8", "replace"))
print(b"a\xffb".decode("utf-8", "ignore"), len(b"a\xffb".decode("utf-8", "surrogateescape")))
print(bytearray("déjà vu".encode()).decode(), memoryview(b"x\xc3\xa9y").tobytes().decode())
