class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        return self.items.pop()
    def peek(self):
        return self.items[-1] if self.items else None
    def is_empty(self):
        return not self.items
    def size(self):
        return len(self.items)
    def __repr__(self):
        return f"Stack({self.items})"
s = Stack()
print(s, s.is_empty(), s.peek(), s.size())
s.push(1).push(2).push(3)
print(s, s.peek(), s.size())
print(s.pop(), s.pop(), s, s.is_empty())
def balanced(text):
    st = Stack()
    pairs = {")": "(", "]": "[", "}": "{"}
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if st.is_empty() or st.pop() != pairs[ch]:
                return False
    return st.is_empty()
for t in ["()", "([]{})", "(]", "((", "", "a(b)c[d{e}]", "}{"]:
    print(repr(t), balanced(t))
