//! Pattern files: the language (`parse`), the compiled matcher (`set`) and the built-in
//! default set (`builtin`). See `docs/patterns.md` for the language itself.

mod builtin;
mod parse;
mod prefilter;
mod set;

pub use builtin::builtin_sources;
pub use parse::{
    parse_source, Anchor, Category, Kind, PatternError, Role, Rule, Setting, SettingTarget,
};
pub use set::{FindScratch, PatternSet, PatternSetBuilder, Source};
