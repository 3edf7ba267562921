# subclassing Exception
class AppError(Exception):
    pass
class CodeError(AppError):
    def __init__(self, code, msg='failed'):
        super().__init__(msg)
        self.code = code
try:
    raise CodeError(404)
except AppError as e:
    print(type(e).__name__, e.code, e.args, str(e))
try:
    raise AppError('a', 'b')
except Exception as e:
    print(e.args, str(e), repr(e))
print(issubclass(CodeError, Exception), isinstance(CodeError(1), BaseException))
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
print(str(WithStr(1)), repr(WithStr(1)))
