# Arguments that C functions would silently cut: a NUL inside a path,
# environment name or command (os.mkdir('zz\0b') made 'zz', os.chdir('/\0x')
# went to '/'), and an fd beyond a C int (open(2**32 + 1) took fd 1, and
# closing the file closed stdout).
import os


def show(f):
    try:
        r = f()
        print(type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: os.mkdir("zz_r3f\x00b"))
show(lambda: os.rmdir("zz_r3f\x00b"))
show(lambda: os.stat(".\x00xx"))
show(lambda: os.listdir(".\x00x"))
show(lambda: os.chdir("/\x00"))
show(lambda: os.remove("zz_r3f\x00"))
show(lambda: os.rename("zz_r3f_missing", "y\x00"))
show(lambda: os.system("true\x00 false"))
print(os.getenv("PATH\x00"), os.getenv("HOME\x00", 5))
print("HOME\x00" in os.environ, os.environ.get("HOME\x00"), os.environ.pop("HOME\x00", 7))
show(lambda: os.environ["HOME\x00"])
show(lambda: os.environ.pop("HOME\x00"))
show(lambda: os.environ.setdefault("X_R3F\x00", "a"))
show(lambda: os.environ.__setitem__("X_R3F", "a\x00b"))
show(lambda: os.environ.__delitem__("X_R3F\x00"))
show(lambda: os.putenv("X_R3F\x00", "a"))
show(lambda: os.putenv("X_R3F", "a\x00"))
show(lambda: os.unsetenv("X_R3F\x00"))
print("X_R3F" in os.environ)
show(lambda: open("x\x00y"))
for fd in (2**32, 2**32 + 1, 2**32 + 2, 2**40, -2**32 + 1, 2**70):
    try:
        f = open(fd, "w")
        print("opened", fd)
        f.close()
    except Exception as e:
        print(type(e).__name__, e)
print("stdout still open")
