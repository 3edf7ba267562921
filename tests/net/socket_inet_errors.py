# inet_pton()/inet_ntop() errors: bad text, wrong length, unknown family,
# wrong types.
import socket

def check(f, *args):
    try:
        print("ok", f(*args))
    except OSError:
        print("OSError")
    except ValueError:
        print("ValueError")
    except TypeError:
        print("TypeError")

check(socket.inet_pton, socket.AF_INET, "1.2.3")
check(socket.inet_pton, socket.AF_INET, "1.2.3.256")
check(socket.inet_pton, socket.AF_INET, "")
check(socket.inet_pton, socket.AF_INET, "1.2.3.4\x00")
check(socket.inet_pton, socket.AF_INET, "1" * 1000)
check(socket.inet_pton, socket.AF_INET6, "1:2:3")
check(socket.inet_pton, socket.AF_INET6, "::1::")
check(socket.inet_pton, socket.AF_INET, b"1.2.3.4")
check(socket.inet_pton, socket.AF_INET, 1234)
check(socket.inet_pton, socket.AF_INET)
check(socket.inet_ntop, socket.AF_INET, b"123")
check(socket.inet_ntop, socket.AF_INET, b"12345")
check(socket.inet_ntop, socket.AF_INET6, b"1234")
check(socket.inet_ntop, socket.AF_INET, "1234")
check(socket.inet_ntop, socket.AF_INET)
# an unknown family: OSError(EAFNOSUPPORT) for inet_pton in both
try:
    socket.inet_pton(12345, "1.2.3.4")
except OSError as e:
    print(type(e).__name__, e.errno == __import__("errno").EAFNOSUPPORT)
# inet_ntop: CPython says ValueError, the spec OSError(EAFNOSUPPORT)
try:
    socket.inet_ntop(12345, b"1234")
except (OSError, ValueError):
    print("error")
