class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, values=()):
        self.head = None
        for v in reversed(list(values)):
            self.head = Node(v, self.head)
    def to_list(self):
        out = []
        n = self.head
        while n is not None:
            out.append(n.value)
            n = n.next
        return out
    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(repr(v) for v in self.to_list()) or "<empty>"
ll = LinkedList([1, 2, 3, 4])
print(ll, ll.to_list())
ll.reverse()
print(ll)
print(LinkedList(), LinkedList("ab"), LinkedList([None]))
ll.head = Node(0, ll.head)
print(ll, len(ll.to_list()))
