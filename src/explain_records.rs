//! `--explain` over JSONL records: each record's decisions, headed by the record's name.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use serde_json::Value;
use unboil::explain::ExplainSink;
use unboil::input::open_path;
use unboil::jsonl::{record_language, JsonlOptions, OnError};
use unboil::learn::site_of_url;
use unboil::sites::SiteLearner;
use unboil::url::host_of;
use unboil::{DocumentFilter, Model, Options};

/// Explains every record of `inputs` (`-` is stdin) to `out`, one after the other: a line
/// naming the record (`--id-field`'s value, else its input and line), then its paragraphs
/// as `--explain` shows a text document. A line that is not a JSON object with a string
/// `--field` stops the run, or is noted and passed over with `--on-error skip|keep`.
/// With `sites`, each record is told what site learning knows of its site.
pub fn explain_records<W: Write>(
    model: &Model,
    options: &Options,
    jsonl: &JsonlOptions,
    on_error: OnError,
    inputs: &[PathBuf],
    mut sites: Option<&mut SiteLearner>,
    out: &mut ExplainSink<'_, W>,
) -> Result<()> {
    let mut filter = DocumentFilter::new(model, options);
    let stdin = [PathBuf::from("-")];
    let inputs = if inputs.is_empty() {
        &stdin[..]
    } else {
        inputs
    };
    let mut doc = 0u64;
    for input in inputs {
        let name = unboil::sanitize::escape(&input.display().to_string());
        let reader = open_path(input, None).with_context(|| format!("cannot open {name}"))?;
        for (index, line) in reader.lines().enumerate() {
            let line = line.with_context(|| format!("{name}: cannot read line {}", index + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            let record: Option<Value> = serde_json::from_str(&line).ok();
            let text = record
                .as_ref()
                .and_then(|r| r.get(&jsonl.field))
                .and_then(Value::as_str);
            let (Some(record), Some(text)) = (record.as_ref(), text) else {
                let problem = format!(
                    "{name}: line {}: not a JSON object with a string {:?}",
                    index + 1,
                    jsonl.field
                );
                match on_error {
                    OnError::Fail => bail!("{problem} (use --on-error skip or keep to go on)"),
                    OnError::Skip | OnError::Keep => {
                        out.note(&format!("{problem}: not explained"))?;
                        continue;
                    }
                }
            };
            let field = |name: &Option<String>| -> Option<String> {
                let value = record.get(name.as_deref()?)?;
                Some(match value {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
            };
            let id = field(&jsonl.id_field).unwrap_or_else(|| format!("{name}:{}", index + 1));
            // A URL is a string; a `null` or a number names no site.
            let url = jsonl
                .url_field
                .as_deref()
                .and_then(|name| record.get(name))
                .and_then(Value::as_str)
                .map(str::to_string);
            out.note(&format!(
                "record {}{}",
                unboil::sanitize::escape(&id),
                url.as_deref()
                    .map(|u| format!(" · {}", unboil::sanitize::escape(u)))
                    .unwrap_or_default()
            ))?;
            let host = url.as_deref().and_then(host_of);
            filter.set_record_language(
                field(&jsonl.lang_field)
                    .as_deref()
                    .and_then(record_language),
            );
            let site = url.as_deref().and_then(site_of_url);
            filter.set_site_evidence(match (sites.as_deref_mut(), site) {
                (Some(learner), Some(site)) => Some(learner.evidence(&site, text)),
                _ => None,
            });
            filter.filter_str(doc, host.as_deref(), text, out)?;
            doc += 1;
        }
    }
    Ok(())
}
