//! Compressed input and output: gzip (multi-member, as Common Crawl writes it) and zstd,
//! chosen by magic bytes or file extension, or forced by a flag.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::Path;

use flate2::read::MultiGzDecoder;
use flate2::write::GzEncoder;

/// A compression format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    /// Plain bytes.
    None,
    /// gzip (`.gz`).
    Gzip,
    /// Zstandard (`.zst`).
    Zstd,
}

impl Compression {
    /// The format a file name implies: `.gz` gzip, `.zst`/`.zstd` zstd, else none.
    pub fn from_extension(path: &Path) -> Compression {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("gz") => Compression::Gzip,
            Some(e) if e.eq_ignore_ascii_case("zst") || e.eq_ignore_ascii_case("zstd") => {
                Compression::Zstd
            }
            _ => Compression::None,
        }
    }

    /// The format the first bytes of a stream show (gzip `1f 8b`, zstd `28 b5 2f fd`).
    pub fn sniff(head: &[u8]) -> Compression {
        if head.starts_with(&[0x1f, 0x8b]) {
            Compression::Gzip
        } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Compression::Zstd
        } else {
            Compression::None
        }
    }
}

/// Size of read buffers around inputs.
const BUFFER: usize = 256 * 1024;

/// Wraps `input` in a decompressor: `format` when given, else the one its first bytes
/// show. Plain input is returned buffered, untouched.
pub fn decompress<'a, R: Read + 'a>(
    input: R,
    format: Option<Compression>,
) -> io::Result<Box<dyn BufRead + 'a>> {
    let mut input = BufReader::with_capacity(BUFFER, input);
    let format = match format {
        Some(format) => format,
        None => Compression::sniff(fill_head(&mut input)?),
    };
    Ok(match format {
        Compression::None => Box::new(input),
        Compression::Gzip => Box::new(BufReader::with_capacity(BUFFER, MultiGzDecoder::new(input))),
        Compression::Zstd => Box::new(BufReader::with_capacity(
            BUFFER,
            zstd::stream::read::Decoder::with_buffer(input)?,
        )),
    })
}

/// The first bytes of a buffered stream, without consuming them (at least 4 unless the
/// stream is shorter).
fn fill_head<R: Read>(input: &mut BufReader<R>) -> io::Result<&[u8]> {
    loop {
        match input.fill_buf() {
            Ok(_) => break,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(input.buffer())
}

/// Opens `path` for reading, decompressed as `format` or as its first bytes show.
pub fn open_file(path: &Path, format: Option<Compression>) -> io::Result<Box<dyn BufRead>> {
    decompress(File::open(path)?, format)
}

/// A writer that compresses (or not) and must be `finish`ed to write the end of the
/// compressed stream.
pub enum Output<W: Write> {
    /// Plain, buffered.
    Plain(BufWriter<W>),
    /// gzip.
    Gzip(GzEncoder<BufWriter<W>>),
    /// zstd.
    Zstd(zstd::stream::write::Encoder<'static, BufWriter<W>>),
}

impl<W: Write> Output<W> {
    /// Compresses what is written to `inner` as `format`.
    pub fn new(inner: W, format: Compression) -> io::Result<Output<W>> {
        let inner = BufWriter::with_capacity(BUFFER, inner);
        Ok(match format {
            Compression::None => Output::Plain(inner),
            Compression::Gzip => {
                Output::Gzip(GzEncoder::new(inner, flate2::Compression::default()))
            }
            Compression::Zstd => Output::Zstd(zstd::stream::write::Encoder::new(inner, 3)?),
        })
    }

    /// Ends the compressed stream and flushes everything.
    pub fn finish(self) -> io::Result<()> {
        let mut inner = match self {
            Output::Plain(w) => w,
            Output::Gzip(w) => w.finish()?,
            Output::Zstd(w) => w.finish()?,
        };
        inner.flush()
    }
}

impl<W: Write> Write for Output<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Plain(w) => w.write(buf),
            Output::Gzip(w) => w.write(buf),
            Output::Zstd(w) => w.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Output::Plain(w) => w.write_all(buf),
            Output::Gzip(w) => w.write_all(buf),
            Output::Zstd(w) => w.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Plain(w) => w.flush(),
            Output::Gzip(w) => w.flush(),
            Output::Zstd(w) => w.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(format: Compression) {
        let text = "first line\nsecond line, é\n".repeat(1000);
        let mut out = Output::new(Vec::new(), format).expect("encoder");
        out.write_all(text.as_bytes()).expect("write");
        let bytes = match out {
            Output::Plain(w) => w.into_inner().expect("flush"),
            Output::Gzip(w) => w.finish().expect("gzip").into_inner().expect("flush"),
            Output::Zstd(w) => w.finish().expect("zstd").into_inner().expect("flush"),
        };
        assert_eq!(Compression::sniff(&bytes), format);
        let mut back = String::new();
        decompress(&bytes[..], None)
            .expect("decoder")
            .read_to_string(&mut back)
            .expect("read");
        assert_eq!(back, text);
    }

    #[test]
    fn gzip_zstd_and_plain_round_trip() {
        round_trip(Compression::None);
        round_trip(Compression::Gzip);
        round_trip(Compression::Zstd);
    }

    #[test]
    fn concatenated_gzip_members_are_all_read() {
        let mut bytes = Vec::new();
        for part in ["one\n", "two\n"] {
            let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::fast());
            gz.write_all(part.as_bytes()).expect("write");
            bytes.extend(gz.finish().expect("finish"));
        }
        let mut back = String::new();
        decompress(&bytes[..], None)
            .expect("decoder")
            .read_to_string(&mut back)
            .expect("read");
        assert_eq!(back, "one\ntwo\n");
    }

    #[test]
    fn extensions() {
        assert_eq!(
            Compression::from_extension(Path::new("a.jsonl.gz")),
            Compression::Gzip
        );
        assert_eq!(
            Compression::from_extension(Path::new("a.ZST")),
            Compression::Zstd
        );
        assert_eq!(
            Compression::from_extension(Path::new("a.jsonl")),
            Compression::None
        );
    }
}
