# int() and float() accept decimal digits and white space of any script, as
# CPython does; other non-ASCII characters are still errors.
tests = ["\u0663", "\uff11\uff12", " \u0663\u0664 ", "\u2003-\u0967\u0968\u2003", "\U0001d7d9\U0001d7ce",
         "\u0661_\u0662", "0x\u0661", "\u00b2", "\u2167", "\u0663.\u0665", "\u0663e\u0662", "12\u00a0", "1\u00e9",
         "-\uff15", "\u0e51\u0e52\u0e53"]
for t in tests:
    for f in (int, float):
        try:
            print(f.__name__, repr(f(t)))
        except ValueError as e:
            print(f.__name__, "ValueError")
print(int("\u0661\u0660", 16), int("\u0667", 8))
try:
    int(b"\xd9\xa3")
except ValueError:
    print("bytes ValueError")
