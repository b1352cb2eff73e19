//! Embeds every `patterns/**/*.pat` file into the binary as the default pattern set,
//! with what each of their regexes requires of a match (`src/patterns/prefilter.rs`,
//! run here so that start-up does not parse the regexes again), and the table of
//! alphanumeric code points the tokenizer looks characters up in.

#[path = "src/patterns/prefilter.rs"]
#[allow(dead_code)]
mod prefilter;

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
    println!("cargo:rerun-if-changed=src/patterns/prefilter.rs");
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
    prefilters(&files, &mut code)?;
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("builtin_patterns.rs"), code)?;
    fs::write(out.join("alphanumeric_bmp.rs"), alphanumeric_bmp())
}

/// `ALPHANUMERIC_BMP`: one bit per code point of the Basic Multilingual Plane, set where
/// `char::is_alphanumeric` holds (the tokenizer's word characters, `src/features.rs`).
/// The build script runs with the standard library of the compiler that builds unboil,
/// so its Unicode tables are the same; a unit test checks every code point.
fn alphanumeric_bmp() -> String {
    let mut words = [0u64; 1024];
    for code in 0..0x1_0000u32 {
        if char::from_u32(code).is_some_and(char::is_alphanumeric) {
            words[(code >> 6) as usize] |= 1 << (code & 63);
        }
    }
    let mut code = String::from(
        "/// One bit per code point below U+10000: whether it is alphanumeric.\n\
         static ALPHANUMERIC_BMP: [u64; 1024] = [\n",
    );
    for chunk in words.chunks(4) {
        code.push_str("   ");
        for word in chunk {
            code.push_str(&format!(" {word:#018x},"));
        }
        code.push('\n');
    }
    code.push_str("];\n");
    code
}

/// The regex of a rule line, as a byte range of the line: the first token that opens
/// with `/`, to the line's end, without its slashes. The same rule as `parse_rule`'s
/// for well-formed lines; a line read wrongly here only costs a cache miss, since the
/// cache is looked up by the regex's text.
fn regex_of(line: &str) -> Option<(usize, usize)> {
    let body = line.trim_end();
    let start = body.len() - body.trim_start().len();
    if body[start..].starts_with(['#', '@']) {
        return None;
    }
    let mut at = start;
    for token in body[start..].split_whitespace() {
        at += body[at..].find(token)?;
        if token.starts_with('/') {
            let regex = &body[at..];
            return (regex.len() > 2 && regex.ends_with('/')).then(|| (at + 1, body.len() - 1));
        }
        at += token.len();
    }
    None
}

/// Writes `BUILTIN_PREFILTERS`: for each regex of the built-in files that parses, its
/// file (index in `BUILTIN_PATTERNS`), its byte range in the file, its prefilter
/// literals and whether every match opens with one.
fn prefilters(files: &[PathBuf], code: &mut String) -> io::Result<()> {
    code.push_str(
        "/// The built-in regexes analysed at build time: (file, start, end, literals, opens).\n",
    );
    code.push_str("static BUILTIN_PREFILTERS: &[(usize, usize, usize, &[&str], bool)] = &[\n");
    for (index, file) in files.iter().enumerate() {
        let contents = fs::read_to_string(file)?;
        let body = contents.strip_prefix('\u{FEFF}').unwrap_or(&contents);
        let bom = contents.len() - body.len();
        let mut line_start = bom;
        for line in body.split_inclusive('\n') {
            let text = line.trim_end_matches(['\n', '\r']);
            if let Some((start, end)) = regex_of(text) {
                if let Ok((literals, opens)) = prefilter::check_regex(&text[start..end]) {
                    code.push_str(&format!(
                        "    ({index}, {}, {}, &{literals:?}, {opens}),\n",
                        line_start + start,
                        line_start + end
                    ));
                }
            }
            line_start += line.len();
        }
    }
    code.push_str("];\n");
    Ok(())
}
