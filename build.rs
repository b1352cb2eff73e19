//! Embeds every `patterns/**/*.pat` file into the binary as the default pattern set.

use std::env;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "pat") {
            out.push(path);
        }
    }
    Ok(())
}

fn main() -> io::Result<()> {
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let patterns = root.join("patterns");
    println!("cargo:rerun-if-changed=patterns");
    let mut files = Vec::new();
    if patterns.is_dir() {
        collect(&patterns, &mut files)?;
    }
    files.sort();
    let mut code =
        String::from("/// Built-in pattern files: (path relative to patterns/, contents).\n");
    code.push_str("static BUILTIN_PATTERNS: &[(&str, &str)] = &[\n");
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        if let Some(parent) = file.parent() {
            println!("cargo:rerun-if-changed={}", parent.display());
        }
        let key = file
            .strip_prefix(&patterns)
            .expect("collected below patterns/")
            .to_string_lossy()
            .replace('\\', "/");
        code.push_str(&format!(
            "    ({key:?}, include_str!({:?})),\n",
            file.display().to_string()
        ));
    }
    code.push_str("];\n");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("builtin_patterns.rs"), code)
}
