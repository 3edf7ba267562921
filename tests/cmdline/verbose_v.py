# -v traces imports on stderr; stdout is unchanged.
# env: MICROPYPATH=mods
# cmdline: -v -c "import cmdline_mod\nprint('done')"
