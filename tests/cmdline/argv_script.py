# sys.argv of a script: the script path as given, then its arguments verbatim
# (options after the script name belong to the script).
# cmdline: {script} a "b c" -x --y=1 ""
import sys

print(sys.argv)
print(__name__)
