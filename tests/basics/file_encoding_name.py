# A text file's .encoding attribute: the locale's name ('UTF-8', as CPython in
# a UTF-8 locale) when none is given or 'locale' is, else the spelling given.
# Under a locale that is not UTF-8 (LC_ALL=C, say) or with PYTHONUTF8=1,
# CPython says 'utf-8' (UTF-8 mode) or the locale's codec: only the spelling
# given is compared then.
import os
import sys

loc = os.environ.get("LC_ALL") or os.environ.get("LC_CTYPE") or os.environ.get("LANG") or "C"
utf8_locale = loc.lower().replace("-", "").endswith("utf8") and os.environ.get("PYTHONUTF8") != "1"
name = "file_encoding_name.tmp"
try:
    for enc in (None, "locale", "utf-8", "utf8", "UTF-8", "utf_8", "U8"):
        with open(name, "w", encoding=enc) as f:
            e = f.encoding if enc not in (None, "locale") or utf8_locale else "-"
            print(enc, e, repr(f).endswith(" encoding=%r>" % f.encoding))
    with open(name, "w") as f:
        f.reconfigure(encoding="utf8")
        print(f.encoding, f.errors)
    with open(name, "rb") as f:
        print(hasattr(f, "encoding"))
    print(sys.stdout.encoding, sys.stderr.encoding)
finally:
    os.remove(name)
