//! Opening inputs the same way for every command (files, `-` for stdin, gzip, zstd), the
//! format a file name implies, binary sniffing, and whether an output would overwrite one.

use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicU64;
use std::sync::Arc;

use crate::compress::Compression;
use crate::corpus::{open_input, Input};

/// What a file's name says it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NamedFormat {
    /// Plain text: any name not listed below.
    Text,
    /// JSON Lines: `.jsonl`, `.ndjson` (optionally `.gz`, `.zst`, `.zstd` after it).
    Jsonl,
    /// Common Crawl WET: `.wet`, `.warc.wet` (optionally compressed likewise).
    Wet,
}

impl NamedFormat {
    /// The format's name as `--format` spells it.
    pub fn name(self) -> &'static str {
        match self {
            NamedFormat::Text => "text",
            NamedFormat::Jsonl => "jsonl",
            NamedFormat::Wet => "wet",
        }
    }
}

/// The format `path`'s name implies: its last extension, after dropping one compression
/// extension (`.gz`, `.zst`, `.zstd`). `corpus.jsonl.gz` is JSONL, `x.warc.wet.gz` WET,
/// anything else text.
pub fn format_of_name(path: &Path) -> NamedFormat {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let mut name = name.as_str();
    for compressed in [".gz", ".zst", ".zstd"] {
        if let Some(stem) = name.strip_suffix(compressed) {
            name = stem;
            break;
        }
    }
    if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        NamedFormat::Jsonl
    } else if name.ends_with(".wet") {
        NamedFormat::Wet
    } else {
        NamedFormat::Text
    }
}

/// The input a command-line argument names: `-` is stdin.
pub fn input_of(path: &Path) -> Input {
    if path.as_os_str() == "-" {
        Input::Stdin
    } else {
        Input::File(path.to_path_buf())
    }
}

/// Opens `path` (`-`: stdin), decompressed as `decompress` or as its first bytes show:
/// the one way every command reads its inputs.
pub fn open_path(path: &Path, decompress: Option<Compression>) -> io::Result<Box<dyn BufRead>> {
    open_input(&input_of(path), decompress, &Arc::new(AtomicU64::new(0)))
}

/// Bytes sniffed for `looks_binary`.
pub const SNIFF_BYTES: usize = 64 * 1024;

/// Whether `head`, the first bytes of a (decompressed) input, look like binary data
/// rather than text in any encoding: at least one byte in 64 is NUL, or at least one in
/// 16 is a C0 control character other than tab, line feed, vertical tab, form feed,
/// carriage return and escape, or DEL. Text in a single-byte or multi-byte encoding has
/// next to none of these; random bytes have about one in nine. UTF-16 and UTF-32 text
/// without a byte-order mark looks binary: name its encoding (`--encoding utf-16le`).
pub fn looks_binary(head: &[u8]) -> bool {
    if head.is_empty() {
        return false;
    }
    let mut nul = 0usize;
    let mut control = 0usize;
    for &b in head {
        match b {
            0 => {
                nul += 1;
                control += 1;
            }
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | 0x1b => {}
            0x01..=0x1f | 0x7f => control += 1,
            _ => {}
        }
    }
    nul * 64 >= head.len().max(64) || control * 16 >= head.len().max(16)
}

/// Reads up to `limit` bytes from `reader` (fewer only at its end).
pub fn read_head<R: Read + ?Sized>(reader: &mut R, limit: usize) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(limit.min(SNIFF_BYTES));
    reader.take(limit as u64).read_to_end(&mut head)?;
    Ok(head)
}

/// Why an output may not be written: it is one of the inputs.
#[derive(Debug)]
pub struct Clobbers {
    /// The output's path, as given.
    pub output: PathBuf,
    /// The input it is, as given.
    pub input: PathBuf,
}

impl std::fmt::Display for Clobbers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let output = crate::sanitize::escape(&self.output.display().to_string());
        let input = crate::sanitize::escape(&self.input.display().to_string());
        if self.output == self.input {
            write!(
                f,
                "{output} is both an input and the output: writing it would destroy the input; write elsewhere and rename"
            )
        } else {
            write!(
                f,
                "{output} is the same file as the input {input}: writing it would destroy the input; write elsewhere and rename"
            )
        }
    }
}

impl std::error::Error for Clobbers {}

/// Checks, before anything is opened for writing, that `output` is none of `inputs`: the
/// same path, or the same file (device and inode) by another name or link. `-` (stdin
/// or stdout) is never a file here.
pub fn check_not_an_input<'a, I>(output: &Path, inputs: I) -> Result<(), Clobbers>
where
    I: IntoIterator<Item = &'a PathBuf>,
{
    if output.as_os_str() == "-" {
        return Ok(());
    }
    let output_meta = std::fs::metadata(output).ok();
    for input in inputs {
        if input.as_os_str() == "-" {
            continue;
        }
        let same = input == output
            || match (&output_meta, std::fs::metadata(input)) {
                (Some(out), Ok(inp)) => same_file(out, &inp),
                _ => false,
            };
        if same {
            return Err(Clobbers {
                output: output.to_path_buf(),
                input: input.clone(),
            });
        }
    }
    Ok(())
}

#[cfg(unix)]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_a: &std::fs::Metadata, _b: &std::fs::Metadata) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_imply_formats() {
        for (name, format) in [
            ("a.txt", NamedFormat::Text),
            ("a", NamedFormat::Text),
            ("a.gz", NamedFormat::Text),
            ("a.JSONL", NamedFormat::Jsonl),
            ("a.ndjson", NamedFormat::Jsonl),
            ("a.jsonl.gz", NamedFormat::Jsonl),
            ("a.jsonl.zst", NamedFormat::Jsonl),
            ("a.ndjson.gz", NamedFormat::Jsonl),
            ("a.wet", NamedFormat::Wet),
            ("a.warc.wet", NamedFormat::Wet),
            ("a.wet.gz", NamedFormat::Wet),
            ("CC-MAIN-1.warc.wet.gz", NamedFormat::Wet),
            ("a.jsonl.txt", NamedFormat::Text),
        ] {
            assert_eq!(format_of_name(Path::new(name)), format, "{name}");
        }
    }

    #[test]
    fn text_in_any_encoding_is_not_binary() {
        assert!(!looks_binary(b""));
        assert!(!looks_binary(b"Hello\tworld\r\n\x0cPage two\x1b[0m\n"));
        assert!(!looks_binary("Привет, мир — “quoted”".as_bytes()));
        assert!(!looks_binary(&[0xe9, 0x20, 0x61, 0xe8, 0x0a].repeat(100)));
        // A stray NUL in a long text is text.
        let mut text = b"plain words ".repeat(100);
        text[50] = 0;
        assert!(!looks_binary(&text));
    }

    #[test]
    fn nul_dense_or_control_heavy_bytes_are_binary() {
        assert!(looks_binary(&[0u8; 10]));
        assert!(looks_binary(
            "text"
                .encode_utf16()
                .flat_map(u16::to_le_bytes)
                .collect::<Vec<_>>()
                .as_slice()
        ));
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let random: Vec<u8> = (0..65536)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 24) as u8
            })
            .collect();
        assert!(looks_binary(&random));
    }
}
