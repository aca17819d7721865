//! The lunavm command line (to be written).
fn main() {
    eprintln!("lunavm: not built yet");
    std::process::exit(1);
}
