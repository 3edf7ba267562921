# MicroPython lets every extensible built-in module be imported by its
# u-prefixed name, platform included (CPython has no such names, hence the
# .exp file); math and gc are not extensible there, so umath and ugc are not
# found, as in MicroPython.
import uplatform, platform

print(uplatform is platform, uplatform.system() == platform.system())
for name in ("umath", "ugc"):
    try:
        __import__(name)
        print(name, "imported")
    except ImportError:
        print(name, "ImportError")
