//! Fuzz target: the pattern-file parser and compiler. Any file text gives either a
//! pattern set or errors located inside the file, never a panic; a set that builds also
//! filters text without panicking.
//!
//! Input: pattern-file text, then optionally a NUL byte and a document to filter.
#![no_main]

use libfuzzer_sys::fuzz_target;
use unboil::patterns::Source;
use unboil::{filter_str, Collect, Model, Options, PatternSetBuilder};

fuzz_target!(|data: &[u8]| {
    let (file, document) = match data.iter().position(|&b| b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &b""[..]),
    };
    let contents = String::from_utf8_lossy(file).into_owned();
    let lines = contents.lines().count();
    let mut builder = PatternSetBuilder::new();
    builder.add(Source {
        key: "fuzz.pat".into(),
        name: "fuzz.pat".into(),
        contents,
    });
    let set = match builder.build() {
        Ok(set) => set,
        Err(errors) => {
            assert!(!errors.is_empty(), "build failed without an error");
            for error in &errors {
                if error.file == "fuzz.pat" {
                    assert!(
                        error.line >= 1 && error.line <= lines,
                        "error outside the file: {error}"
                    );
                    assert!(error.column >= 1, "column 0: {error}");
                }
            }
            return;
        }
    };
    for error in set.compile_all() {
        assert!(
            error.line >= 1 && error.line <= lines,
            "error outside the file: {error}"
        );
    }
    let model = Model::new(set);
    let text = String::from_utf8_lossy(document);
    let mut sink = Collect::default();
    filter_str(&model, &Options::default(), &text, &mut sink).expect("collecting cannot fail");
    let rebuilt: String = sink
        .paragraphs
        .iter()
        .flat_map(|(_, t, s, _, _)| [t.as_str(), s.as_str()])
        .collect();
    assert_eq!(rebuilt, text, "paragraphs do not rebuild the document");
});
