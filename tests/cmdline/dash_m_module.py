# -m finds a module on sys.path (MICROPYPATH here) and runs it as __main__;
# sys.argv[0] is the module's path and the arguments follow.
# env: MICROPYPATH=mods
# cmdline: -m cmdline_mod alpha beta
