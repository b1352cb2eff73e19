//! The progress bar on stderr (indicatif): documents, bytes read, MB/s, and the ETA when
//! every input is a file of known size; warnings are printed around it.

use std::io::{self, Read};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use unboil::corpus::{Input, Observer};
use unboil::stats::Stats;

/// The progress display of one run; `hidden` when stderr is not a terminal or `--quiet`.
pub struct Progress {
    bar: Option<ProgressBar>,
    label: String,
}

impl Progress {
    /// A bar over `inputs` when `show`; the total is their size when all are files.
    pub fn new(show: bool, inputs: &[Input]) -> Progress {
        if !show {
            return Progress {
                bar: None,
                label: String::new(),
            };
        }
        let total: Option<u64> = inputs
            .iter()
            .map(|input| match input {
                Input::Stdin => None,
                Input::File(path) => std::fs::metadata(path).ok().map(|m| m.len()),
            })
            .sum();
        let (bar, template) = match total {
            Some(total) => (
                ProgressBar::new(total),
                "{spinner} {msg} {decimal_bytes}/{decimal_total_bytes} {wide_bar} {decimal_bytes_per_sec} ETA {eta}",
            ),
            None => (
                ProgressBar::no_length(),
                "{spinner} {msg} {decimal_bytes} {decimal_bytes_per_sec} {elapsed}",
            ),
        };
        bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(4));
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        bar.set_message("");
        bar.enable_steady_tick(Duration::from_millis(250));
        Progress {
            bar: Some(bar),
            label: String::new(),
        }
    }

    /// The same bar, its message headed by `label` (a pass of a run that reads twice).
    pub fn label(mut self, label: &str) -> Progress {
        self.label = label.to_string();
        if let Some(bar) = &self.bar {
            bar.set_message(self.label.clone());
        }
        self
    }

    /// A reader that moves the bar to `counter` (the bytes read as stored) as it is read:
    /// for text inputs, where reading and writing go in step.
    pub fn track<R: Read>(&self, inner: R, counter: Arc<AtomicU64>) -> Tracked<R> {
        Tracked {
            inner,
            counter,
            bar: self.bar.clone(),
        }
    }

    /// Clears the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Observer for Progress {
    fn written(&self, stats: &Stats, position: u64) {
        if let Some(bar) = &self.bar {
            bar.set_position(position);
            bar.set_message(format!("{}{} documents", self.label, stats.documents));
        }
    }

    fn warn(&self, message: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("unboil: {message}")),
            None => eprintln!("unboil: {message}"),
        }
    }
}

/// See `Progress::track`.
pub struct Tracked<R> {
    inner: R,
    counter: Arc<AtomicU64>,
    bar: Option<ProgressBar>,
}

impl<R: Read> Read for Tracked<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(bar) = &self.bar {
            bar.set_position(self.counter.load(Ordering::Relaxed));
        }
        Ok(n)
    }
}
