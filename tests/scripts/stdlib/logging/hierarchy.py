import logging

root = logging.getLogger()
print(root, root is logging.root, logging.getLogger("root") is root, logging.getLogger("") is root)
print(root.name, root.level, root.parent, root.propagate)

abc = logging.getLogger("app.db.pool")
print(abc, abc.parent)
print(sorted(logging.root.manager.loggerDict))
print(type(logging.root.manager.loggerDict["app.db"]).__name__)
app = logging.getLogger("app")
print(abc.parent is app, app.parent is root)
db = logging.getLogger("app.db")
print(abc.parent is db, db.parent is app)
print(logging.getLogger("app.db") is db)

child = app.getChild("web")
print(child, child.parent is app, root.getChild("top") is logging.getLogger("top"))

app.setLevel(logging.INFO)
print(abc, abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), abc.isEnabledFor(logging.INFO))
db.setLevel("ERROR")
print(abc, abc.isEnabledFor(logging.WARNING))
print(repr(db), repr(app), repr(root))

print(abc.hasHandlers(), root.hasHandlers())
h = logging.NullHandler()
app.addHandler(h)
print(abc.hasHandlers(), root.hasHandlers())
db.propagate = False
print(abc.hasHandlers())
app.removeHandler(h)
app.removeHandler(h)
print(app.handlers)

try:
    logging.getLogger(42)
except TypeError as e:
    print("TypeError", e)
print(logging.getLogger(None) is root, logging.getLogger(0) is root)


class MyLogger(logging.Logger):
    def __repr__(self):
        return "MyLogger(%s)" % self.name


print(logging.getLoggerClass() is logging.Logger)
logging.setLoggerClass(MyLogger)
print(logging.getLoggerClass().__name__)
print(logging.getLogger("custom"), logging.getLogger("app.db.other"))
logging.setLoggerClass(logging.Logger)
print(logging.getLogger("plain"))
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print("TypeError", e)

disabled = logging.getLogger("muted")
disabled.disabled = True
print(disabled.isEnabledFor(logging.CRITICAL))
