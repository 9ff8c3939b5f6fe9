//! Generates the client from `openapi.yaml`; all the work is in `codegen/`.
fn main() {
    dfns_codegen::build_script_main();
}
