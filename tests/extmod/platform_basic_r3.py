# platform: the uname(2)-based values equal CPython's on the same machine;
# the interpreter's own name, version and compiler differ, so for those
# only the shape (type, non-empty, format) is printed.
import platform

print(platform.system() != "", type(platform.system()).__name__)
for f in ("system", "node", "release", "version", "machine"):
    v = getattr(platform, f)()
    print(f, type(v).__name__, v == getattr(platform.uname(), f))
u = platform.uname()
print(len(tuple(u)), u[0] == platform.system(), u[4] == platform.machine(), type(u.processor).__name__)
print(platform.system(), platform.machine())

lib = platform.libc_ver()
print(type(lib).__name__, len(lib), type(lib[0]).__name__, type(lib[1]).__name__)
if platform.system() == "Linux":
    # CPython's string on Linux: system-release-machine-with-libc.
    print(platform.platform())
    print(lib)
    # (CPython's macOS string starts with the product name and version:
    # "macOS-14.6-arm64-arm-64bit", which uname does not give.)
    print(platform.platform().startswith(platform.system()), platform.release() in platform.platform())

v = platform.python_version()
t = platform.python_version_tuple()
print(type(v).__name__, v.count("."), len(t), ".".join(t) == v, t[0])
impl = platform.python_implementation()
print(type(impl).__name__, impl in ("CPython", "MicroPython"))
comp = platform.python_compiler()
print(type(comp).__name__, len(comp) > 0)
