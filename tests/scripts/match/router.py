# An HTTP-style request router.
routes_hit = {}


def route(method, path, body=None):
    parts = [p for p in path.split("/") if p]
    match method, parts:
        case "GET", []:
            result = "index"
        case "GET", ["users"]:
            result = "list users"
        case "GET", ["users", uid] if uid.isdigit():
            result = f"user {int(uid)}"
        case "GET", ["users", uid]:
            result = f"bad user id {uid!r}"
        case ("POST" | "PUT") as m, ["users", *rest] if body is not None:
            match body:
                case {"name": str(name), "age": int(age)} if age >= 0:
                    result = f"{m.lower()} user {name} ({age}) at /{'/'.join(rest)}"
                case {"name": str(name)}:
                    result = f"{m.lower()} user {name} without age"
                case _:
                    result = f"invalid body {body!r}"
        case "DELETE", ["users", uid, *_]:
            result = f"delete {uid}"
        case _, ["static", *path_parts] if path_parts:
            result = "static file " + "/".join(path_parts)
        case method, _:
            result = f"405 {method} {path}"
    routes_hit[result.split()[0]] = routes_hit.get(result.split()[0], 0) + 1
    return result


requests = [
    ("GET", "/"), ("GET", "/users"), ("GET", "/users/42"), ("GET", "/users/bob"),
    ("POST", "/users", {"name": "Ann", "age": 31}), ("PUT", "/users/7/profile", {"name": "Bo"}),
    ("POST", "/users", {"age": 3}), ("POST", "/users"), ("DELETE", "/users/9/x/y"),
    ("HEAD", "/static/css/site.css"), ("PATCH", "/users/1"), ("GET", "/static"),
]
for req in requests:
    print(req[0], req[1], "->", route(*req))
print(sorted(routes_hit.items()))
