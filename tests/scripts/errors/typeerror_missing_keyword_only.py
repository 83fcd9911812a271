# Ends with an uncaught TypeError
def connect(host, *, port, timeout=5):
    return f"{host}:{port} t={timeout}"
print(connect("a", port=1))
print(connect("b", port=2, timeout=9))
print(connect(port=3, host="c"))
print(connect(*["d"], **{"port": 4}))
print("forgetting port")
print("the next statement raises")
print(connect("e"))
