# The script's own folder (absolute, links resolved, as CPython) is sys.path[0]: a module next to the script is
# importable whatever the current directory.
# cmdline: mods/sibling_main.py
