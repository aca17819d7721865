//! Golden listing tests: each snippet's listing must equal what `luajit -bl`
//! prints for it (captured from LuaJIT 2.1, x64 GC64 build, and stored here).

use super::{compile, list_proto};

/// Writes our listing of every `*.lua` file in `$LUNAVM_LIST_DIR` next to it
/// as `*.ours`, for comparison with `luajit -bl` while writing tests.
#[test]
#[ignore]
fn dump_listings_for_comparison() {
    let Ok(dir) = std::env::var("LUNAVM_LIST_DIR") else {
        return;
    };
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "lua") {
            let src = std::fs::read(&path).unwrap();
            let name = format!("@{}", path.file_name().unwrap().to_string_lossy());
            let text = match compile(&src, name.as_bytes()) {
                Ok(p) => list_proto(&p),
                Err(e) => format!("ERROR: {}\n", e.message),
            };
            std::fs::write(path.with_extension("ours"), text).unwrap();
        }
    }
}
