# expect: RecursionError
class G:
    def __getattr__(self, name):
        return getattr(self, name + 'x')

G().y
