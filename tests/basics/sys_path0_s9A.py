# sys.path[0] is the folder of the running script, so a file next to the
# script opens through it (MicroPython's sys_path test does this), also when
# the script is run from its own folder.
import sys

p = sys.path[0]
print(type(p).__name__, p != "")
with open(p + "/sys_path0_s9A.py") as f:
    for _ in range(3):
        print(f.readline().rstrip())
print(__file__.endswith("sys_path0_s9A.py"))
