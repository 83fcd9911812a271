# Under the annotations future, yield and := in an annotation are SyntaxErrors (audit 11, FU1).
from __future__ import annotations
import sys
def h(a: int,
      d: (yield) = 0): pass
