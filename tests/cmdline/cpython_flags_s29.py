# CPython's -u (unbuffered), -B, -s and -S, alone or together, are accepted
# (nothing to do here), so that `python -u app.py` command lines from CI
# jobs and Dockerfiles run unchanged; they used to be "Unknown option".
# cmdline: -u -B -sS {script} a b
import sys

print(sys.argv)
sys.stdout.write('no newline, still written at once')
