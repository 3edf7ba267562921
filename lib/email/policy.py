# email.policy: policies reduced to their settings. compat32 keeps header
# values as parsed (folds and all); the others unfold them and make
# EmailMessage objects. Header folding on output is not done by any of them.


class Policy:
    def __init__(self, **kw):
        self.linesep = '\n'
        self.max_line_length = 78
        self.raise_on_defect = False
        self.mangle_from_ = False
        self.utf8 = False
        self.cte_type = '8bit'
        self.message_factory = None
        self.__dict__.update(kw)

    def clone(self, **kw):
        p = Policy(**self.__dict__)
        p.__dict__.update(kw)
        return p

    def handle_defect(self, obj, defect):
        if self.raise_on_defect:
            raise defect
        obj.defects.append(defect)


compat32 = Policy(mangle_from_=True, _compat=True)
default = EmailPolicy = Policy(_compat=False)
SMTP = default.clone(linesep='\r\n')
SMTPUTF8 = SMTP.clone(utf8=True)
HTTP = default.clone(linesep='\r\n', max_line_length=None)
strict = default.clone(raise_on_defect=True)
