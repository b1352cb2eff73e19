//! `--stats`: documents, paragraphs removed by category, and text bytes in and out.

use std::fmt::Write as _;
use std::io;

use crate::evidence::paragraph_category;
use crate::model::Model;
use crate::patterns::Category;
use crate::sink::{Decided, DocumentInfo, Sink};

/// Counts of one run (or one batch of it; batches add up with `merge`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Documents filtered.
    pub documents: u64,
    /// Paragraphs seen.
    pub paragraphs: u64,
    /// Removed paragraphs, by `Category as usize`.
    pub removed: [u64; Category::ALL.len()],
    /// Bytes of document text in (decoded; separators included).
    pub bytes_in: u64,
    /// Bytes of document text kept.
    pub bytes_out: u64,
    /// Records written to the output.
    pub records_out: u64,
    /// Records dropped because nothing was kept (`--drop-empty`).
    pub dropped: u64,
    /// Malformed records skipped (`--on-error skip`) or passed through (`keep`).
    pub malformed: u64,
}

impl Stats {
    /// Adds `other` to these counts.
    pub fn merge(&mut self, other: &Stats) {
        self.documents += other.documents;
        self.paragraphs += other.paragraphs;
        for (a, b) in self.removed.iter_mut().zip(other.removed) {
            *a += b;
        }
        self.bytes_in += other.bytes_in;
        self.bytes_out += other.bytes_out;
        self.records_out += other.records_out;
        self.dropped += other.dropped;
        self.malformed += other.malformed;
    }

    /// Removed paragraphs, all categories.
    pub fn removed_total(&self) -> u64 {
        self.removed.iter().sum()
    }

    /// The summary line: `12 documents, 340 paragraphs, 41 removed (appeal 20, share 21),
    /// 51234 bytes in, 43210 out (84.3%)`, plus dropped and malformed records if any.
    pub fn summary(&self) -> String {
        let mut line = format!(
            "{} documents, {} paragraphs, {} removed",
            self.documents,
            self.paragraphs,
            self.removed_total()
        );
        let by_category: Vec<String> = Category::ALL
            .iter()
            .filter(|c| self.removed[**c as usize] > 0)
            .map(|c| format!("{} {}", c.as_str(), self.removed[*c as usize]))
            .collect();
        if !by_category.is_empty() {
            let _ = write!(line, " ({})", by_category.join(", "));
        }
        let share = if self.bytes_in == 0 {
            100.0
        } else {
            100.0 * self.bytes_out as f64 / self.bytes_in as f64
        };
        let _ = write!(
            line,
            ", {} bytes in, {} out ({share:.1}%)",
            self.bytes_in, self.bytes_out
        );
        if self.dropped > 0 {
            let _ = write!(line, ", {} empty records dropped", self.dropped);
        }
        if self.malformed > 0 {
            let _ = write!(line, ", {} malformed records", self.malformed);
        }
        line
    }
}

/// A sink that counts.
pub struct StatsSink<'m> {
    model: &'m Model,
    /// The counts so far.
    pub stats: Stats,
}

impl<'m> StatsSink<'m> {
    /// A sink naming categories from `model`'s patterns.
    pub fn new(model: &'m Model) -> StatsSink<'m> {
        StatsSink {
            model,
            stats: Stats::default(),
        }
    }
}

impl Sink for StatsSink<'_> {
    fn paragraph(&mut self, p: &Decided<'_>) -> io::Result<()> {
        let bytes = (p.text.len() + p.separator.len()) as u64;
        self.stats.paragraphs += 1;
        self.stats.bytes_in += bytes;
        if p.keeps() {
            self.stats.bytes_out += bytes;
        } else {
            self.stats.removed[paragraph_category(self.model, p) as usize] += 1;
        }
        Ok(())
    }

    fn end_document(&mut self, _info: &DocumentInfo) -> io::Result<()> {
        self.stats.documents += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{filter_str, Options, PatternSetBuilder};

    #[test]
    fn counts_add_up() {
        let model = Model::new(PatternSetBuilder::with_builtin().build().expect("built-in"));
        let text = "The council voted 7-2 on Tuesday to expand the bus network, the mayor told reporters after the meeting.\nShare on Facebook\nSign up for our newsletter\n";
        let mut sink = StatsSink::new(&model);
        filter_str(&model, &Options::default(), text, &mut sink).expect("in memory");
        let s = &sink.stats;
        assert_eq!(s.documents, 1);
        assert_eq!(s.paragraphs, 3);
        assert_eq!(s.bytes_in, text.len() as u64);
        assert_eq!(s.removed_total(), 2, "{s:?}");
        assert!(s.bytes_out < s.bytes_in);
        let mut twice = s.clone();
        twice.merge(s);
        assert_eq!(twice.paragraphs, 6);
        assert!(twice
            .summary()
            .starts_with("2 documents, 6 paragraphs, 4 removed ("));
    }
}
