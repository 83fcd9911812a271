db = {"users": {"ann": {"age": 30, "tags": ["admin"]}, "bob": {"age": 25, "tags": []}}}
print(db["users"]["ann"]["tags"][0], db["users"]["bob"]["age"])
db["users"]["bob"]["tags"].append("new")
db["users"]["cat"] = {"age": 41, "tags": ["x", "y"]}
print(db)
print(sorted(db["users"]), [u["age"] for u in db["users"].values()])
print({name: len(info["tags"]) for name, info in db["users"].items()})
oldest = max(db["users"].items(), key=lambda kv: kv[1]["age"])
print(oldest[0], oldest[1]["age"])
matrix = {"r0": [1, 2], "r1": [3, 4]}
matrix["r0"][1] += 10
print(matrix, sum(sum(r) for r in matrix.values()))
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
print(repr({"k": {"k": {"k": {}}}}), {1: {2: [3, {4: (5,)}]}})
