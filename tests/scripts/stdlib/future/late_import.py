"""A docstring may come first."""
from __future__ import annotations
import math
from __future__ import division
