# Handles one request. The host runs this program (compiled once) in a fresh engine per request,
# with the global `request` set (method, path, query, body), and reads `response` afterwards.


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def route(req):
    method, path, query = req["method"], req["path"], req["query"]
    if path == "/hello":
        return 200, f"hello, {query.get('name', 'world')}"
    if path == "/sum" and method == "POST":
        return 200, str(sum(int(part) for part in req["body"].split(",")))
    if path == "/fib":
        return 200, str(fib(int(query.get("n", "10"))))
    if path == "/boom":
        raise RuntimeError("the handler has a bug")
    return 404, f"no route for {method} {path}"


try:
    status, body = route(request)
except ValueError as e:
    status, body = 400, f"bad request: {e}"

response = {"status": status, "body": body, "headers": {"content-type": "text/plain; charset=utf-8"}}
