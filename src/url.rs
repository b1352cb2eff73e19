//! The host of a URL, lower-cased: the key of domain-scoped patterns.

/// The host of `url` (`https://user@News.Example.com:443/a` → `news.example.com`), or
/// `None` when there is none.
pub fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::host_of;

    #[test]
    fn hosts() {
        assert_eq!(
            host_of("https://user@News.Example.com:443/a?b#c").as_deref(),
            Some("news.example.com")
        );
        assert_eq!(host_of("example.org/path").as_deref(), Some("example.org"));
        assert_eq!(host_of("https:///nohost"), None);
        assert_eq!(host_of(""), None);
    }
}
