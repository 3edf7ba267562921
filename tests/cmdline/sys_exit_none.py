# sys.exit() and raise SystemExit: status 0.
# cmdline: -c "import sys\nprint('a')\nsys.exit()\nprint('b')"
