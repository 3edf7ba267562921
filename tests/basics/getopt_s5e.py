# getopt and gnu_getopt: short and long options, prefixes, "--", errors.
import getopt

def run(f, *a):
    try:
        print(f(*a))
    except getopt.GetoptError as e:
        print("GetoptError", e.msg, repr(e.opt), str(e))

for f in (getopt.getopt, getopt.gnu_getopt):
    run(f, ["-a", "-bval", "-c", "x", "file", "-a"], "ab:c:")
    run(f, ["-abfoo", "--", "-a"], "ab:")
    run(f, ["--alpha", "--beta=1", "--be", "2", "rest", "--alpha"], "", ["alpha", "beta="])
    run(f, ["--al"], "", ["alpha", "alpine"])
    run(f, ["--alp"], "", ["alpha", "alp"])
    run(f, ["--x"], "", ["alpha"])
    run(f, ["--alpha=3"], "", ["alpha"])
    run(f, ["--beta"], "", ["beta="])
    run(f, ["-b"], "b:")
    run(f, ["-z"], "b:")
    run(f, ["-:"], "b:")
    run(f, ["-", "-a"], "a")
    run(f, ["a", "-a", "--", "-b"], "ab")
    run(f, ["-a", "x", "-b"], "+ab")
    run(f, ["--beta", ""], "", "beta=")
    run(f, [], "a")
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError("m", "o")
print(e.args, e.msg, e.opt, str(e))
print(getopt.GetoptError("only").opt == "")
