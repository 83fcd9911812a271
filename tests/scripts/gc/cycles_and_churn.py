# Allocation churn with cycles, closures and containers that outlive many collections;
# results must not depend on when the collector runs.
class Node:
    def __init__(self, v):
        self.v = v
        self.next = self

def ring(n):
    head = Node(0)
    cur = head
    for i in range(1, n):
        node = Node(i)
        node.next = head
        cur.next = node
        cur = node
    return head

def total(head):
    s = head.v
    cur = head.next
    while cur is not head:
        s += cur.v
        cur = cur.next
    return s

keep = []
for r in range(200):
    h = ring(50)
    if r % 40 == 0:
        keep.append(h)
    lst = [[i] * 3 for i in range(30)]
    lst.append(lst)
    d = {"k%d" % i: (i, str(i) * 3) for i in range(20)}
    d["me"] = d
    counter = [0]
    def bump(k=1):
        counter[0] += k
        return bump
    bump(2)(3)
print([total(h) for h in keep], len(keep), counter[0])
big = [str(i) * (i % 7) for i in range(5000)]
print(sum(len(s) for s in big), big[-1], len(set(big)))
words = " ".join("w%d" % (i % 97) for i in range(3000)).split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(len(counts), counts["w5"], max(counts.values()))
