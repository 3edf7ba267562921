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

    # Broadcast messages received but not yet waited for.
    _heard = []

    @staticmethod
    def _listen(stop):
        # Read the runner's lines until stop(line) is true; names and
        # broadcasts that come first are taken in on the way.
        while True:
            line = sys.stdin.readline()
            if not line:
                raise SystemExit(3)  # the runner has gone
            line = line.rstrip("\n")
            if line.startswith("GLOBAL "):
                k, v = line[7:].split("=", 1)
                globals()[k] = eval(v)
            elif line.startswith("BROADCAST "):
                multitest._heard.append(line[10:])
            if stop(line):
                return

    @staticmethod
    def next():
        # Barrier: returns when every instance has called next() as often.
        multitest._send("NEXT")
        multitest._listen(lambda line: line == "NEXT")

    @staticmethod
    def broadcast(msg):
        # Tell the other instance(s) msg; they pick it up with wait(msg).
        multitest._send("BROADCAST " + msg)

    @staticmethod
    def wait(msg):
        # Return once another instance has broadcast msg (now or earlier).
        heard = multitest._heard
        if msg not in heard:
            multitest._listen(lambda line: msg in heard)
        heard.remove(msg)

    @staticmethod
    def get_network_ip():
        # Both instances run on this machine and talk over loopback.
        return "127.0.0.1"

    @staticmethod
    def output_metric(data):
        # Metrics are for benchmarks; not part of the compared output.
        pass

    @staticmethod
    def flush():
        try:
            sys.stdout.flush()
        except AttributeError:
            pass

    @staticmethod
    def sigint():
        # Ask the runner to send this process SIGINT (Ctrl-C) a moment from
        # now, while it is blocked in the call that follows.
        multitest._send("SIGINT")

    @staticmethod
    def skip():
        multitest._send("SKIP")
        raise SystemExit


