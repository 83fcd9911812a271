# A recursive validator for JSON-like values against a small schema language.
def validate(value, schema, path="$"):
    errors = []
    match schema:
        case "int":
            if not (isinstance(value, int) and not isinstance(value, bool)):
                errors.append(f"{path}: expected int, got {type(value).__name__}")
        case "str":
            match value:
                case str():
                    pass
                case _:
                    errors.append(f"{path}: expected str, got {value!r}")
        case "bool":
            match value:
                case True | False:
                    pass
                case _:
                    errors.append(f"{path}: expected bool")
        case ["list", item_schema]:
            match value:
                case [*items]:
                    for i, item in enumerate(items):
                        errors += validate(item, item_schema, f"{path}[{i}]")
                case _:
                    errors.append(f"{path}: expected list")
        case ["optional", inner]:
            if value is not None:
                errors += validate(value, inner, path)
        case ["enum", *choices]:
            if value not in choices:
                errors.append(f"{path}: {value!r} not in {choices}")
        case {"required": dict(required), **others}:
            optional = others.get("optional", {})
            match value:
                case dict():
                    for key, sub in required.items():
                        match value:
                            case {**present} if key in present:
                                errors += validate(present[key], sub, f"{path}.{key}")
                            case _:
                                errors.append(f"{path}: missing {key}")
                    for key, sub in optional.items():
                        if key in value:
                            errors += validate(value[key], sub, f"{path}.{key}")
                    extra = sorted(set(value) - set(required) - set(optional))
                    if extra:
                        errors.append(f"{path}: unexpected {extra}")
                case _:
                    errors.append(f"{path}: expected object")
        case other:
            raise ValueError(f"bad schema {other!r}")
    return errors


schema = {
    "required": {"id": "int", "name": "str", "tags": ["list", "str"],
                 "role": ["enum", "admin", "user"]},
    "optional": {"manager": ["optional", "int"], "active": "bool"},
}
docs = [
    {"id": 1, "name": "a", "tags": [], "role": "admin"},
    {"id": True, "name": 5, "tags": ["x", 2], "role": "guest", "active": 1},
    {"id": 3, "tags": "nope", "role": "user", "manager": None, "zzz": 1},
    [1, 2],
]
for d in docs:
    errs = validate(d, schema)
    print("valid" if not errs else "\n".join(errs))
    print("--")
try:
    validate(1, 3.5)
except ValueError as e:
    print(e)
