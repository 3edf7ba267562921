# A directory without __main__.py (tests/cmdline/script_dir_no_main.py).
print("must not run")
