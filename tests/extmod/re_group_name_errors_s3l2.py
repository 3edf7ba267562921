# re group-name error messages (s3 conformance sweep)
import re
for p in [r'(?P=a1)', r'(?P=a.)', r'(?P<)', r'(?P<a', r'(?P<', r'(?P<>)', r'(?P<1>)', r'(?P<a.>)', r'(?(', r'(?())', r'(?(a))', r'(?(-1))', r'(?(1a))', r'(?(a.))', '(?P<©>x)', '(?P=©)', '(?(©)y)', '(?P=', '(?<', '(?P', '(?', '(?P=)', '(?P=a', r'()(?(01)a|b)']:
    try: re.compile(p); print(p, 'ok')
    except re.error as e: print(p, e.msg, e.pos)
for t in [r'\g<a', r'\g<', r'\g', r'\g<a a>', r'\g<>', r'\g<1a1>', r'\g<2>', r'\2', r'\g<ab>', r'\g<-1>', r'\g<01>']:
    try: print(t, repr(re.sub('(?P<a>x)', t, 'xx')))
    except re.error as e: print(t, e.msg, e.pos)
    except IndexError as e: print(t, 'IndexError', e)
