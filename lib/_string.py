# _string: CPython's format-string helpers (jinja2's sandbox imports them),
# served by string.Formatter's parser.
from string import _parse_format as formatter_parser, _split_field_name as formatter_field_name_split
