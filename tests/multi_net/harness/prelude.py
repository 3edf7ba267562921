# Prepended by tests/run-tests.py to each instance of a multi_net test (the
# test's instance0()/instance1() follow, then the call of one of them). It
# talks to the runner through lines starting with "~" on stdout, and gets
# answers on stdin; plain output is what the runner compares.
import sys


class multitest:
    @staticmethod
    def _send(line):
        print("~" + line)
        try:
            sys.stdout.flush()
        except AttributeError:
            pass

    @staticmethod
    def globals(**names):
        # Give names to the other instance (it sees them after next()).
        for k in names:
            multitest._send("GLOBAL %s=%r" % (k, names[k]))
            globals()[k] = names[k]

    @staticmethod
    def next():
        # Barrier: returns when every instance has called next() as often.
        multitest._send("NEXT")
        while True:
            line = sys.stdin.readline()
            if not line:
                raise SystemExit(3)  # the runner has gone
            line = line.rstrip("\n")
            if line == "NEXT":
                return
            if line.startswith("GLOBAL "):
                k, v = line[7:].split("=", 1)
                globals()[k] = eval(v)

    @staticmethod
    def sigint():
        # Ask the runner to send this process SIGINT (Ctrl-C) a moment from
        # now, while it is blocked in the call that follows.
        multitest._send("SIGINT")

    @staticmethod
    def skip():
        multitest._send("SKIP")
        raise SystemExit


