# argparse reaches sys through argparse._sys (as CPython), so a test can
# patch its exit and streams there; with no stdout, help goes to stderr.
import argparse, io, sys

print(argparse._sys is sys, hasattr(argparse, "sys"))
codes = []
real_exit, real_out, real_err = sys.exit, sys.stdout, sys.stderr
p = argparse.ArgumentParser(prog="prog")
p.add_argument("--n", type=int)
err = io.StringIO()
argparse._sys.exit = codes.append
sys.stdout, sys.stderr = None, err
try:
    p.parse_args(["-h"])
    p.parse_args(["--n", "x"])
    p.exit(3, "bye\n")
finally:
    sys.exit, sys.stdout, sys.stderr = real_exit, real_out, real_err
print(codes)
print(err.getvalue())


# An error() that only records the message: parsing goes on as in CPython.
class Quiet(argparse.ArgumentParser):
    def error(self, message):
        print("error:", message)


q = Quiet(prog="q")
q.add_argument("n", type=int)
q.add_argument("--flag", action="store_true")
print(q.parse_known_args(["x", "--flag"]))
print(q.parse_args(["5", "--flag"]))
print(q.parse_args(["5", "--bogus"]))
