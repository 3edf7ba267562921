# Small names that portable code (and CPython's test_os/test_sys) reads:
# sys.getfilesystemencoding, platform.win32_is_iot, os.supports_bytes_environ
# (which promises os.environb).
import os
import platform
import sys

print(sys.getfilesystemencoding())
print(platform.win32_is_iot())
print(type(os.supports_bytes_environ).__name__, os.supports_bytes_environ == hasattr(os, 'environb'))
