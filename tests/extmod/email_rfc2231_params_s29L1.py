# email: RFC 2231 continuations (name*0, name*1*, ...) are joined in number
# order by decode_params, so get_filename()/get_param() see long and
# non-ASCII attachment names; names that do not fit CPython's ASCII pattern
# stay plain parameters.
import email
from email.utils import decode_params, collapse_rfc2231_value

msg = email.message_from_string(
    "Content-Type: application/octet-stream; name*0*=utf-8''caf%C3%A9%20; name*1*=%C3%A9t%C3%A9;"
    " name*2=\".txt\"\n"
    'Content-Disposition: attachment; filename*0="long"; filename*1="name.pdf"\n\nx\n')
print(msg.get_filename())
print(msg.get_param('name'))
print(collapse_rfc2231_value(msg.get_param('name')))
print(msg.get_params())
print(msg.get_param('filename', header='content-disposition'))

for ps in [[('a', ''), ('t*1', '"y"'), ('t*0', '"x"'), ('u', 'v')],
           [('a', ''), ('t*0*', "utf-8''%C3%A9"), ('t*1', 'z'), ('t*2*', '%41')],
           [('a', ''), ('t*', "us-ascii'en'b%20c")],
           [('a', ''), ('t**', 'x'), ('t*x', 'y'), ('*0', 'z'), ('b_c*0', 'w'), ('n\u00e9*0', 'q'),
            ('t*\u00b2', 'r')],
           [('a', ''), ('t*10', '"k"'), ('t*9', '"j"'), ('t*01', '"b"')]]:
    print(decode_params(ps))
try:
    decode_params([('a', ''), ('t*', 'x'), ('t*0', 'y')])
except TypeError:
    print('TypeError')
