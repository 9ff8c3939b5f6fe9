//! Runs the pipeline on a document and reports what it would generate:
//! `cargo run -p dfns-codegen --example generate -- path/to/openapi.yaml [OUT_DIR]`
//!
//! With `OUT_DIR`, writes every generated file there (as the build writes
//! them to cargo's `OUT_DIR`), plus `warnings.txt`: what
//! `scripts/codegen-identity` compares before and after a refactoring.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: generate <openapi.yaml> [OUT_DIR]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(path).expect("readable spec");
    let started = std::time::Instant::now();
    match dfns_codegen::generate(&text) {
        Ok(g) => {
            let signed = g
                .operations
                .iter()
                .filter(|o| o.requires_user_action)
                .count();
            println!(
                "{path}: spec {}, {} operations ({signed} need a user action signature), {} skipped, {} type names aliases of another type, {} bytes of Rust, {} warnings, {:?}",
                g.spec_version,
                g.operations.len(),
                g.skipped.len(),
                g.merged_types.len(),
                g.client.len(),
                g.warnings.0.len(),
                started.elapsed()
            );
            for w in &g.warnings.0 {
                println!("warning: {w}");
            }
            if std::env::var_os("DFNS_CODEGEN_NAMES").is_some() {
                for (name, step, count) in &g.merged_names {
                    println!("name: {name} {step:?} {count}");
                }
                for (name, old, new) in &g.renamed_variants {
                    println!("variant: {name}::{old} -> {new}");
                }
            }
            if let Some(dir) = args.get(2) {
                let dir = std::path::Path::new(dir);
                std::fs::create_dir_all(dir).expect("creatable output directory");
                for (name, contents) in [
                    ("client.rs", &g.client),
                    ("operations.rs", &g.operations_table),
                    ("mock_tables.rs", &g.mock_tables),
                    ("send_check.rs", &g.send_check),
                    ("skipped_operations.rs", &g.skipped_table),
                    ("warnings.txt", &g.warnings.0.join("\n")),
                ] {
                    std::fs::write(dir.join(name), contents).expect("writable output");
                }
            }
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    }
}
