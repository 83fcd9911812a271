def _run_all():
    g = dict(globals())
    classes = [v for k, v in sorted(g.items()) if isinstance(v, type) and issubclass(v, unittest.TestCase) and v is not unittest.TestCase]
    for cls in classes:
        for name in sorted(k for k in dir(cls) if k.startswith("test")):
            if not callable(getattr(cls, name, None)): continue
            obj = cls()
            try:
                if hasattr(obj, "setUp"): obj.setUp()
                getattr(obj, name)()
                print(cls.__name__, name, "ok")
            except _Skip as e:
                print(cls.__name__, name, "skip")
            except BaseException as e:
                msg = str(e).replace("\n", " ")[:300]
                print(cls.__name__, name, "FAIL", type(e).__name__, msg)
_run_all()
