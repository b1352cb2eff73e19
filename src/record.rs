//! One corpus record's text through the pipeline: its kept text or its removed spans,
//! plus its share of the report and the run's counts.

use std::io;

use serde_json::{json, Value};

use crate::evidence::paragraph_category;
use crate::filter::DocumentFilter;
use crate::lang::Language;
use crate::model::{Model, Options};
use crate::patterns::Category;
use crate::report::ReportSink;
use crate::sink::{Decided, Sink};
use crate::sites::SiteEvidence;
use crate::stats::StatsSink;
use crate::url::host_of;

/// A removed paragraph of a record, for `--annotate`.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    /// Byte offset of the paragraph in the record's text.
    pub start: u64,
    /// Byte offset just past its separator.
    pub end: u64,
    /// The score the decision saw (log-odds of boilerplate).
    pub score: f32,
    /// Its category.
    pub category: Category,
}

impl Span {
    /// `[start, end, score, "category"]`, the score rounded to 3 decimals.
    pub fn to_json(&self) -> Value {
        let score = (f64::from(self.score) * 1000.0).round() / 1000.0;
        json!([self.start, self.end, score, self.category.as_str()])
    }
}

/// What filtering one record's text gave.
#[derive(Debug, Default)]
pub struct Filtered {
    /// The kept paragraphs, byte for byte (empty with `annotate`).
    pub kept: String,
    /// The removed paragraphs (only with `annotate`).
    pub removed: Vec<Span>,
    /// Whether anything but white space was kept.
    pub any_kept: bool,
}

struct Collect<'m> {
    model: &'m Model,
    annotate: bool,
    invert: bool,
    result: Filtered,
}

impl Sink for Collect<'_> {
    fn paragraph(&mut self, p: &Decided<'_>) -> io::Result<()> {
        if p.keeps() != self.invert {
            self.result.any_kept |= !p.text.trim().is_empty();
            if !self.annotate {
                self.result.kept.push_str(p.text);
                self.result.kept.push_str(p.separator);
            }
        } else if self.annotate {
            self.result.removed.push(Span {
                start: p.start_byte,
                end: p.end_byte(),
                score: p.score,
                category: paragraph_category(self.model, p),
            });
        }
        Ok(())
    }
}

/// Filters the texts of corpus records, one after the other, with reusable buffers;
/// one per thread.
pub struct RecordFilter<'m> {
    filter: DocumentFilter<'m>,
    collect: Collect<'m>,
    /// The report of the records filtered so far, when one is asked for.
    pub report: Option<ReportSink<'m, Vec<u8>>>,
    /// The counts of the records filtered so far.
    pub stats: StatsSink<'m>,
    /// What site learning tells the next record (`set_site`).
    site: Option<SiteEvidence>,
}

impl<'m> RecordFilter<'m> {
    /// A filter; `report`: also write report lines (drained from `self.report`).
    pub fn new(model: &'m Model, options: &'m Options, report: bool) -> RecordFilter<'m> {
        RecordFilter {
            filter: DocumentFilter::new(model, options),
            collect: Collect {
                model,
                annotate: false,
                invert: false,
                result: Filtered::default(),
            },
            report: report.then(|| ReportSink::new(model, Vec::new())),
            stats: StatsSink::new(model),
            site: None,
        }
    }

    /// What site learning tells the next record [`RecordFilter::filter`] filters (only
    /// that one).
    pub fn set_site(&mut self, evidence: Option<SiteEvidence>) {
        self.site = evidence;
    }

    /// Collect the removed paragraphs as the text instead of the kept ones (`--invert`):
    /// `Filtered::kept` then holds what was removed, and `any_kept` says whether anything
    /// but white space was.
    pub fn invert(mut self, invert: bool) -> RecordFilter<'m> {
        self.collect.invert = invert;
        self
    }

    /// Filters `text`, document `doc` of the run; `url` (its host) scopes domain
    /// patterns and, with `id`, names the record in the report; `language`, when the
    /// record gives one, replaces the run's `--lang` and detection. With `annotate` the
    /// removed spans are collected instead of the kept text.
    pub fn filter(
        &mut self,
        doc: u64,
        text: &str,
        id: Option<Value>,
        url: Option<&str>,
        language: Option<Language>,
        annotate: bool,
    ) -> io::Result<&Filtered> {
        self.collect.annotate = annotate;
        self.collect.result.kept.clear();
        self.collect.result.removed.clear();
        self.collect.result.any_kept = false;
        let host = url.and_then(host_of);
        self.filter.set_record_language(language);
        self.filter.set_site_evidence(self.site.take());
        if let Some(report) = self.report.as_mut() {
            report.set_document(id, url.map(str::to_string));
        }
        self.filter.filter_str(
            doc,
            host.as_deref(),
            text,
            &mut (&mut self.collect, (&mut self.report, &mut self.stats)),
        )?;
        Ok(&self.collect.result)
    }
}
