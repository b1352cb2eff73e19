//! The default pattern set, compiled into the binary from `patterns/` by `build.rs`.

include!(concat!(env!("OUT_DIR"), "/builtin_patterns.rs"));

/// The built-in pattern files as `(relative path, contents)`, sorted by path.
pub fn builtin_sources() -> &'static [(&'static str, &'static str)] {
    BUILTIN_PATTERNS
}
