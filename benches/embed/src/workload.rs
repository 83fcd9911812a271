//! What every engine is asked to do: the same scripts (one per language, same shape) and the same
//! serde record, so the rows compare engines and not workloads.

use serde::{Deserialize, Serialize};

/// Calls per repetition of the host→script row.
pub const HOST_TO_SCRIPT_CALLS: i64 = 1_000_000;
/// Iterations of the script loop in the script→host row (the figure).
pub const SCRIPT_TO_HOST_CALLS: i64 = 1_000_000;
/// Live engines in the memory row (the figure).
pub const LIVE_ENGINES: usize = 100;

/// `add(a, b)`, called from the host through a handle fetched once.
pub const ADD_PY: &str = "def add(a, b):\n    return a + b\n";
pub const ADD_LUA: &str = "function add(a, b) return a + b end";
pub const ADD_RHAI: &str = "fn add(a, b) { a + b }";

/// A loop calling the host's `hadd` once per iteration. Locals in a function in all three
/// languages, so no engine pays for global variable stores the others do not.
pub const HADD_LOOP_PY: &str = "\
def run(n):
    s = 0
    for i in range(n):
        s = hadd(s, i)
    return s
run(1000000)
";
pub const HADD_LOOP_LUA: &str = "\
local function run(n)
  local s = 0
  for i = 0, n - 1 do
    s = hadd(s, i)
  end
  return s
end
return run(1000000)
";
pub const HADD_LOOP_RHAI: &str = "\
fn run(n) {
    let s = 0;
    for i in 0..n {
        s = hadd(s, i);
    }
    s
}
run(1000000)
";
/// What the loop returns: the sum of 0..1,000,000.
pub const HADD_LOOP_RESULT: i64 = 999_999 * 1_000_000 / 2;

/// A CPU-bound program for the two-threads row: pure script work, no host calls, no output.
pub const SPIN_PY: &str = "\
def spin(n):
    total = 0
    i = 0
    while i < n:
        total = (total + i * i) % 1000003
        i += 1
    return total
result = spin(2000000)
";
/// The same loop for LuaJIT, longer (its JIT makes each iteration far cheaper) so that one run
/// lasts long enough to time threads against.
pub const SPIN_LUA: &str = "\
local function spin(n)
  local total = 0
  local i = 0
  while i < n do
    total = (total + i * i) % 1000003
    i = i + 1
  end
  return total
end
result = spin(100000000)
";

/// The serde row's record: a String, an i64, an f64, a 10-element Vec<i64> and a nested struct.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Record {
    pub name: String,
    pub id: i64,
    pub score: f64,
    pub samples: Vec<i64>,
    pub origin: Point,
}

/// The nested struct inside [`Record`].
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Point {
    pub x: i64,
    pub y: i64,
    pub label: String,
}

pub fn record() -> Record {
    Record {
        name: "player-one".to_string(),
        id: 42,
        score: 3.75,
        samples: (1..=10).map(|n| n * 7).collect(),
        origin: Point {
            x: -5,
            y: 12,
            label: "spawn".to_string(),
        },
    }
}
