//! `warnings` state is per engine: a module copied from the process's template
//! (`interp::module_template`) has its own filters, registries and built-in `warn` bound to
//! its own module, so one engine's `simplefilter` never reaches another.

use pyrite::{Engine, OutputBuffer};

fn run(source: &str) -> String {
    let out = OutputBuffer::new();
    let mut engine = Engine::builder().stdout(out.clone()).build();
    engine.run_source(source, "main.py").unwrap();
    out.take()
}

const SCRIPT: &str = r#"
import sys, warnings
sys.stderr = sys.stdout
print(len(warnings.filters), warnings.filters[0][0])
print(warnings.warn.__self__ is warnings)
warnings.warn("shown")
warnings.simplefilter("ignore")
warnings.warn("hidden")
print(len(warnings.filters), warnings.filters[0][0])
"#;

#[test]
fn engines_never_share_warnings_state() {
    let expected = "5 default\nTrue\nmain.py:6: UserWarning: shown\n  warnings.warn(\"shown\")\n6 ignore\n";
    for _ in 0..3 {
        assert_eq!(run(SCRIPT), expected);
    }
}
