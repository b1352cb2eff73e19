//! Fuzz target: the paragraph splitter. Every `text + separator` put back together gives
//! the input byte for byte, no paragraph is longer than the limit, and the paragraphs
//! do not depend on how the text was cut into pushes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use unboil::split::{SplitMode, Splitter};

fn split(mode: SplitMode, max: usize, text: &str, chunk: usize) -> Vec<(String, String)> {
    let mut splitter = Splitter::new(mode, max);
    let mut out = Vec::new();
    let mut emit = |t: &str, s: &str| out.push((t.to_string(), s.to_string()));
    let mut rest = text;
    while !rest.is_empty() {
        let mut cut = chunk.max(1).min(rest.len());
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        splitter.push(&rest[..cut], &mut emit);
        rest = &rest[cut..];
    }
    splitter.finish(&mut emit);
    out
}

fuzz_target!(|input: &[u8]| {
    let Some((&control, data)) = input.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(data);
    let mode = match control & 3 {
        0 => SplitMode::Line,
        1 => SplitMode::Blank,
        _ => SplitMode::Auto,
    };
    let max = 16 + usize::from((control >> 2) & 7) * 24;
    let chunk = usize::from(control >> 5) * 7 + 1;
    let whole = split(mode, max, &text, text.len());
    let rebuilt: String = whole
        .iter()
        .flat_map(|(t, s)| [t.as_str(), s.as_str()])
        .collect();
    assert_eq!(rebuilt, text, "paragraphs do not rebuild the input");
    for (t, s) in &whole {
        assert!(
            t.len() <= max,
            "paragraph of {} bytes over the limit {max}",
            t.len()
        );
        assert!(!(t.is_empty() && s.is_empty()), "empty paragraph emitted");
    }
    let pieces = split(mode, max, &text, chunk);
    assert_eq!(
        whole, pieces,
        "paragraphs depend on how the text was pushed"
    );
});
