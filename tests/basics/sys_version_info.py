# sys.version_info and sys.version
import sys
print(sys.version_info[0], sys.version_info[0] >= 3, type(sys.version).__name__)
print(len(sys.version_info) >= 3, sys.version_info >= (3, 0), sys.version_info[:1] == (sys.version_info[0],))
