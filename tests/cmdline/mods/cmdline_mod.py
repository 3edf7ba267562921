# Helper for dash_m_module.py and import_sibling.py.
import sys

if __name__ == "__main__":
    print("main", sys.argv[0].endswith("cmdline_mod.py"), sys.argv[1:])
else:
    print("imported as", __name__)
