//! Runs the pipeline on a document and reports what it would generate:
//! `cargo run -p dfns-codegen --example generate -- path/to/openapi.yaml [out.rs [mock_tables.rs]]`
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: generate <openapi.yaml> [out.rs [mock_tables.rs]]");
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
                "{path}: spec {}, {} operations ({signed} need a user action signature), {} bytes of Rust, {} warnings, {:?}",
                g.spec_version,
                g.operations.len(),
                g.client.len(),
                g.warnings.0.len(),
                started.elapsed()
            );
            for w in &g.warnings.0 {
                println!("warning: {w}");
            }
            if let Some(out) = args.get(2) {
                std::fs::write(out, &g.client).expect("writable output");
            }
            if let Some(out) = args.get(3) {
                std::fs::write(out, &g.mock_tables).expect("writable output");
            }
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    }
}
