# A text file's .encoding attribute: the locale's name ('UTF-8', as CPython in
# a UTF-8 locale) when none is given or 'locale' is, else the spelling given.
import os
import sys

name = "file_encoding_name.tmp"
try:
    for enc in (None, "locale", "utf-8", "utf8", "UTF-8", "utf_8", "U8"):
        with open(name, "w", encoding=enc) as f:
            print(enc, f.encoding, repr(f).endswith(" encoding=%r>" % f.encoding))
    with open(name, "w") as f:
        f.reconfigure(encoding="utf8")
        print(f.encoding, f.errors)
    with open(name, "rb") as f:
        print(hasattr(f, "encoding"))
    print(sys.stdout.encoding, sys.stderr.encoding)
finally:
    os.remove(name)
