//! Running a script in an engine and reading the exception it ended with, for the tests that
//! check error types and messages at the API (`embed_modules`, `logging_uuid`, `stdlib_api`).

use pyrite::{Engine, Error};

/// Runs `source` as `main.py`.
pub fn run(engine: &mut Engine, source: &str) -> Result<(), Error> {
    engine.run_source(source, "main.py")
}

/// The exception's type name and message; panics (fails the test) on anything else.
pub fn exception(result: Result<(), Error>) -> (String, String) {
    match result {
        Err(Error::Exception { type_name, message, .. }) => (type_name, message),
        other => panic!("expected an exception, got {other:?}"),
    }
}
