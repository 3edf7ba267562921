# A directory as the script runs its __main__.py with the directory first on
# sys.path, as CPython does.
# cmdline: dirs/with_main x y
