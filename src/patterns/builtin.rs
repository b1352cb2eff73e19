//! The default pattern set, compiled into the binary from `patterns/` by `build.rs`.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::prefilter::Prefilter;
use crate::hash::FxBuildHasher;

include!(concat!(env!("OUT_DIR"), "/builtin_patterns.rs"));

/// The built-in pattern files as `(relative path, contents)`, sorted by path.
pub fn builtin_sources() -> &'static [(&'static str, &'static str)] {
    BUILTIN_PATTERNS
}

/// What a built-in regex requires of a match (`prefilter::check_regex`), worked out when
/// unboil was built; `None` for any other regex text, which is then analysed at start-up.
/// Keyed by the regex's text, so an edited or user-supplied regex is never mistaken for a
/// built-in one. Saves start-up parsing every built-in regex's syntax tree.
pub(crate) fn cached_prefilter(source: &str) -> Option<Prefilter> {
    type Cache = HashMap<&'static str, (&'static [&'static str], bool), FxBuildHasher>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(|| {
        BUILTIN_PREFILTERS
            .iter()
            .filter_map(|&(file, start, end, literals, opens)| {
                let regex = BUILTIN_PATTERNS.get(file)?.1.get(start..end)?;
                Some((regex, (literals, opens)))
            })
            .collect()
    });
    let &(literals, opens) = cache.get(source)?;
    Some((literals.iter().map(|l| l.to_string()).collect(), opens))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patterns::prefilter::check_regex;
    use crate::patterns::{parse_source, Kind};

    #[test]
    fn build_time_prefilters_equal_those_worked_out_now() {
        assert!(BUILTIN_PREFILTERS.len() > 1000);
        for &(file, start, end, literals, opens) in BUILTIN_PREFILTERS {
            let regex = &BUILTIN_PATTERNS[file].1[start..end];
            let now = check_regex(regex).expect("a built-in regex parses");
            let literals: Vec<String> = literals.iter().map(|l| l.to_string()).collect();
            assert_eq!(
                (literals, opens),
                now,
                "{}: /{regex}/",
                BUILTIN_PATTERNS[file].0
            );
        }
    }

    #[test]
    fn every_built_in_regex_is_in_the_build_time_cache() {
        for (file, (name, contents)) in BUILTIN_PATTERNS.iter().enumerate() {
            let (mut rules, mut errors) = (Vec::new(), Vec::new());
            parse_source(
                name,
                file,
                contents,
                &mut rules,
                &mut Vec::new(),
                &mut errors,
            );
            assert!(errors.is_empty(), "{errors:?}");
            for rule in rules {
                if let Kind::Regex(regex) = &rule.kind {
                    assert!(
                        cached_prefilter(regex).is_some(),
                        "{name}:{}: /{regex}/ was not analysed at build time",
                        rule.line
                    );
                }
            }
        }
    }
}
