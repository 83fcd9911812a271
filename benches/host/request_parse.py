# Host workload: parse HTTP-like requests (request line, headers, query
# strings, cookies, form bodies) into dicts and route them, the way a small
# web server embedded in a host would. Pure Python, no imports.

N_REQUESTS = 40000  # size knob: about 1 s on CPython 3.11


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def choice(self, items):
        return items[self.next() % len(items)]


PATHS = ["/", "/index.html", "/api/users", "/api/users/{id}", "/api/items/{id}/reviews",
         "/search", "/static/css/site.css", "/login", "/cart/{id}", "/caf\u00e9/menu"]
METHODS = ["GET", "GET", "GET", "POST", "PUT", "DELETE"]
AGENTS = ["Mozilla/5.0 (X11; Linux x86_64)", "curl/8.1.2", "HostClient/1.4", "Mozilla/5.0 (Macintosh)"]
WORDS = ["red", "blue", "caf%C3%A9", "shoes", "hat", "size+10", "a%26b", "q%3D1", "new", "sale"]


def make_request(rng, i):
    method = rng.choice(METHODS)
    path = rng.choice(PATHS).replace("{id}", str(rng.next() % 5000))
    params = []
    for k in range(rng.next() % 4):
        params.append(f"{rng.choice(['q', 'page', 'sort', 'tag', 'lang'])}={rng.choice(WORDS)}")
    target = path + ("?" + "&".join(params) if params else "")
    lines = [f"{method} {target} HTTP/1.1",
             f"Host: example{rng.next() % 7}.com",
             f"User-Agent: {rng.choice(AGENTS)}",
             "Accept: text/html,application/json;q=0.9,*/*;q=0.8",
             f"Cookie: session={rng.next():x}; theme={rng.choice(['dark', 'light'])}; uid={i}",
             f"X-Request-Id: req-{i:06d}"]
    body = ""
    if method in ("POST", "PUT"):
        body = "&".join(f"field{j}={rng.choice(WORDS)}" for j in range(1 + rng.next() % 5))
        lines.append("Content-Type: application/x-www-form-urlencoded")
        lines.append(f"Content-Length: {len(body)}")
    return "\r\n".join(lines) + "\r\n\r\n" + body


HEX = "0123456789ABCDEF"


def unquote_plus(s):
    if "%" not in s and "+" not in s:
        return s
    s = s.replace("+", " ")
    out = []
    raw = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == "%" and i + 2 < n:
            hi = HEX.find(s[i + 1].upper())
            lo = HEX.find(s[i + 2].upper())
            if hi >= 0 and lo >= 0:
                raw.append(hi * 16 + lo)
                i += 3
                continue
        if raw:
            out.append(bytes(raw).decode("utf-8", "replace"))
            raw = []
        out.append(c)
        i += 1
    if raw:
        out.append(bytes(raw).decode("utf-8", "replace"))
    return "".join(out)


def parse_qs(qs):
    result = {}
    if not qs:
        return result
    for pair in qs.split("&"):
        if not pair:
            continue
        key, sep, value = pair.partition("=")
        key = unquote_plus(key)
        value = unquote_plus(value)
        if key in result:
            result[key].append(value)
        else:
            result[key] = [value]
    return result


class Request:
    def __init__(self, method, path, query, version, headers, cookies, form):
        self.method = method
        self.path = path
        self.query = query
        self.version = version
        self.headers = headers
        self.cookies = cookies
        self.form = form

    def header(self, name, default=None):
        return self.headers.get(name.lower(), default)


class BadRequest(Exception):
    pass


def parse_request(raw):
    head, _, body = raw.partition("\r\n\r\n")
    lines = head.split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3:
        raise BadRequest(lines[0])
    method, target, version = parts
    if not version.startswith("HTTP/"):
        raise BadRequest(version)
    path, _, qs = target.partition("?")
    headers = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if not sep:
            raise BadRequest(line)
        headers[name.strip().lower()] = value.strip()
    cookies = {}
    for item in headers.get("cookie", "").split(";"):
        item = item.strip()
        if "=" in item:
            k, v = item.split("=", 1)
            cookies[k] = v
    form = {}
    if headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        length = int(headers.get("content-length", "0"))
        form = parse_qs(body[:length])
    return Request(method, unquote_plus(path), parse_qs(qs), version, headers, cookies, form)


class Router:
    def __init__(self):
        self.routes = []

    def add(self, method, pattern, handler):
        segs = [s for s in pattern.split("/") if s]
        self.routes.append((method, segs, handler))

    def match(self, req):
        segs = [s for s in req.path.split("/") if s]
        for method, pattern, handler in self.routes:
            if method != req.method and method != "*":
                continue
            if len(pattern) != len(segs):
                continue
            args = {}
            ok = True
            for p, s in zip(pattern, segs):
                if p.startswith("<") and p.endswith(">"):
                    name, _, kind = p[1:-1].partition(":")
                    if kind == "int":
                        if not s.isdigit():
                            ok = False
                            break
                        args[name] = int(s)
                    else:
                        args[name] = s
                elif p != s:
                    ok = False
                    break
            if ok:
                return handler, args
        return None, {}


def main():
    stats = {"status": {}, "handlers": {}, "query_keys": {}, "hosts": {}}

    def count(table, key):
        d = stats[table]
        d[key] = d.get(key, 0) + 1

    def make_handler(name, status=200):
        def handler(req, args):
            count("handlers", name)
            total = sum(v for v in args.values() if isinstance(v, int))
            for k, vs in req.query.items():
                count("query_keys", k)
                total += sum(len(v) for v in vs)
            for k, vs in req.form.items():
                total += len(k) + len(vs[0])
            return status, total
        return handler

    router = Router()
    router.add("GET", "/", make_handler("home"))
    router.add("GET", "/index.html", make_handler("home"))
    router.add("GET", "/api/users", make_handler("users"))
    router.add("GET", "/api/users/<uid:int>", make_handler("user"))
    router.add("PUT", "/api/users/<uid:int>", make_handler("user_put"))
    router.add("DELETE", "/api/users/<uid:int>", make_handler("user_del", 204))
    router.add("*", "/api/items/<item:int>/reviews", make_handler("reviews"))
    router.add("GET", "/search", make_handler("search"))
    router.add("POST", "/login", make_handler("login", 302))
    router.add("GET", "/static/<kind>/<file>", make_handler("static"))
    router.add("*", "/cart/<cid:int>", make_handler("cart"))
    router.add("GET", "/caf\u00e9/<page>", make_handler("cafe"))

    rng = Rng(12345)
    checksum = 0
    bytes_in = 0
    for i in range(N_REQUESTS):
        raw = make_request(rng, i)
        bytes_in += len(raw)
        try:
            req = parse_request(raw)
        except BadRequest:
            count("status", 400)
            continue
        host = req.header("Host", "?")
        count("hosts", host)
        handler, args = router.match(req)
        if handler is None:
            status, total = 404, 0
        else:
            status, total = handler(req, args)
        count("status", status)
        checksum = (checksum * 31 + total + len(req.cookies) + status) % 1000000007
        checksum = (checksum + len(req.header("x-request-id", ""))) % 1000000007

    print("requests", N_REQUESTS, "bytes", bytes_in)
    for table in ("status", "handlers", "query_keys", "hosts"):
        items = sorted(stats[table].items(), key=lambda kv: (-kv[1], str(kv[0])))
        print(table, " ".join(f"{k}={v}" for k, v in items))
    print("checksum", checksum)


main()
