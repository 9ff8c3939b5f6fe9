//! What a spec bump changes, for the maintainer reviewing it.
//!
//! ```sh
//! cargo run --example spec_diff -- openapi.yaml ~/Downloads/openapi.yaml
//! ```
//!
//! Prints operations added, removed and changed (signing requirement,
//! request and response fields, enum values), marking with BREAKING what
//! breaks code written against the old version. Exits with 1 when there is
//! a breaking change, so CI can require a second look.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [old, new] = args.as_slice() else {
        eprintln!("usage: cargo run --example spec_diff -- OLD.yaml NEW.yaml");
        return ExitCode::from(2);
    };
    let summarize = |path: &str| {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        dfns_codegen::diff::summarize(&text).map_err(|e| format!("{path}: {e}"))
    };
    let (old, new) = match (summarize(old), summarize(new)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let changes = dfns_codegen::diff::diff(&old, &new);
    print!("{}", dfns_codegen::diff::render(&old, &new, &changes));
    if changes.iter().any(|c| c.breaking) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
