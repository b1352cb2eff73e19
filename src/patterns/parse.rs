//! Parser for the line-oriented pattern language, with `file:line:column` errors.

use std::fmt;

use crate::fold::fold;

/// What a pattern is evidence of; the category a removed block is reported under.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// Donation and membership appeals.
    Appeal,
    /// Paywall and subscription prompts.
    Paywall,
    /// Newsletter sign-ups.
    Newsletter,
    /// "Get our app" prompts.
    App,
    /// Cookie and consent notices.
    Cookie,
    /// Social, share and follow prompts.
    Share,
    /// "Read more" and related-link lines.
    Related,
    /// Menus, breadcrumbs, UI labels.
    Navigation,
    /// Copyright and legal lines.
    Legal,
    /// Comment-section chrome.
    Comments,
    /// Photo captions and credits.
    Caption,
    /// Boilerplate of no other category.
    Other,
    /// Negative evidence: phrases typical of news narration.
    Journalism,
}

impl Category {
    /// Every category, in a stable order.
    pub const ALL: [Category; 13] = [
        Category::Appeal,
        Category::Paywall,
        Category::Newsletter,
        Category::App,
        Category::Cookie,
        Category::Share,
        Category::Related,
        Category::Navigation,
        Category::Legal,
        Category::Comments,
        Category::Caption,
        Category::Other,
        Category::Journalism,
    ];

    /// The name used in pattern files and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Appeal => "appeal",
            Category::Paywall => "paywall",
            Category::Newsletter => "newsletter",
            Category::App => "app",
            Category::Cookie => "cookie",
            Category::Share => "share",
            Category::Related => "related",
            Category::Navigation => "navigation",
            Category::Legal => "legal",
            Category::Comments => "comments",
            Category::Caption => "caption",
            Category::Other => "other",
            Category::Journalism => "journalism",
        }
    }

    /// Parses a category name as written in pattern files.
    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Block role of a pattern: whether it opens or closes an appeal block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// No role.
    None,
    /// Opens a block ("A Message from…", "Dear readers,").
    Opener,
    /// Closes a block ("Remind me later", "Donate").
    Closer,
}

/// Where a literal phrase must sit in the paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Anywhere, at word boundaries.
    Anywhere,
    /// At the start (`^phrase`).
    Start,
    /// At the end (`phrase$`).
    End,
    /// The whole paragraph (`^phrase$`).
    Whole,
}

/// The matching kind of a pattern.
#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    /// A folded literal phrase with its anchoring.
    Literal {
        /// The phrase, folded.
        phrase: String,
        /// Where it must sit.
        anchor: Anchor,
    },
    /// A regular expression, matched on folded text.
    Regex(String),
}

/// One pattern line, parsed.
#[derive(Clone, Debug)]
pub struct Rule {
    /// Index of the source file in the pattern set.
    pub file: usize,
    /// 1-based line number in that file.
    pub line: usize,
    /// The pattern as written (without options).
    pub text: String,
    /// Literal or regex.
    pub kind: Kind,
    /// Log-odds weight; positive is evidence of boilerplate.
    pub weight: f32,
    /// Category reported for this pattern.
    pub category: Category,
    /// Block role.
    pub role: Role,
    /// Domain scope (lowercase host), if any.
    pub domain: Option<String>,
}

/// An error in a pattern file, located by file, line and column (1-based, in characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatternError {
    /// The file's name as given.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

impl std::error::Error for PatternError {}

/// Defaults set by directives, applied to the pattern lines that follow.
struct Defaults {
    category: Category,
    weight: f32,
    role: Role,
    domain: Option<String>,
}

/// Parses one pattern file. Rules get `file` as their file index; every error of the
/// file is collected, not only the first.
pub fn parse_source(
    name: &str,
    file: usize,
    contents: &str,
    rules: &mut Vec<Rule>,
    errors: &mut Vec<PatternError>,
) {
    let mut defaults = Defaults {
        category: Category::Other,
        weight: 1.0,
        role: Role::None,
        domain: None,
    };
    let contents = contents.strip_prefix('\u{FEFF}').unwrap_or(contents);
    for (index, raw_line) in contents.lines().enumerate() {
        let line_no = index + 1;
        let mut error = |byte: usize, message: String| {
            errors.push(PatternError {
                file: name.to_string(),
                line: line_no,
                column: raw_line[..byte.min(raw_line.len())].chars().count() + 1,
                message,
            })
        };
        let trimmed = raw_line.trim_end();
        let start = trimmed.len() - trimmed.trim_start().len();
        let body = &trimmed[start..];
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        if let Some(directive) = body.strip_prefix('@') {
            if let Err((offset, message)) = apply_directive(directive, &mut defaults) {
                error(start + offset, message);
            }
            continue;
        }
        match parse_rule(body, &defaults) {
            Ok(mut rule) => {
                rule.file = file;
                rule.line = line_no;
                rules.push(rule);
            }
            Err((offset, message)) => error(start + offset, message),
        }
    }
}

/// Applies `@name value` to the defaults. Errors carry a byte offset from the `@`.
fn apply_directive(directive: &str, defaults: &mut Defaults) -> Result<(), (usize, String)> {
    let name_end = directive
        .find(char::is_whitespace)
        .unwrap_or(directive.len());
    let name = &directive[..name_end];
    let value = directive[name_end..].trim();
    let value_at = 1 + directive.len() - directive[name_end..].trim_start().len();
    if value.is_empty() {
        return Err((1 + name_end, format!("directive @{name} needs a value")));
    }
    match name {
        "category" => {
            defaults.category = parse_category(value).map_err(|m| (value_at, m))?;
        }
        "weight" => {
            defaults.weight = parse_weight(value, false).map_err(|m| (value_at, m))?;
        }
        "role" => defaults.role = parse_role(value).map_err(|m| (value_at, m))?,
        "domain" => {
            defaults.domain = if value == "*" {
                None
            } else {
                Some(parse_domain(value).map_err(|m| (value_at, m))?)
            }
        }
        "lang" => {
            if !value.chars().all(|c| c.is_ascii_alphabetic() || c == '-') {
                return Err((value_at, format!("bad language code {value:?}")));
            }
        }
        _ => {
            return Err((
                0,
                format!(
                "unknown directive @{name} (expected @category, @weight, @role, @domain or @lang)"
            ),
            ))
        }
    }
    Ok(())
}

/// Parses `[OPTION…] PATTERN`. Errors carry a byte offset into `body`.
fn parse_rule(body: &str, defaults: &Defaults) -> Result<Rule, (usize, String)> {
    let mut rule = Rule {
        file: 0,
        line: 0,
        text: String::new(),
        kind: Kind::Regex(String::new()),
        weight: defaults.weight,
        category: defaults.category,
        role: defaults.role,
        domain: defaults.domain.clone(),
    };
    let mut rest = body;
    loop {
        let offset = body.len() - rest.len();
        let token_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let token = &rest[..token_end];
        let is_option = if token.starts_with(['+', '-'])
            && token[1..].starts_with(|c: char| c.is_ascii_digit() || c == '.')
        {
            rule.weight = parse_weight(token, true).map_err(|m| (offset, m))?;
            true
        } else if let Some((key, value)) = option_pair(token) {
            match key {
                "role" => rule.role = parse_role(value).map_err(|m| (offset + 5, m))?,
                "cat" => rule.category = parse_category(value).map_err(|m| (offset + 4, m))?,
                "domain" => rule.domain = Some(parse_domain(value).map_err(|m| (offset + 7, m))?),
                _ => {
                    return Err((
                        offset,
                        format!("unknown option {key}= (expected role=, cat= or domain=)"),
                    ))
                }
            }
            true
        } else {
            false
        };
        if !is_option {
            break;
        }
        rest = rest[token_end..].trim_start();
        if rest.is_empty() {
            return Err((body.len(), "options but no pattern".to_string()));
        }
    }
    let pattern_at = body.len() - rest.len();
    rule.text = rest.to_string();
    rule.kind = parse_pattern(rest).map_err(|(o, m)| (pattern_at + o, m))?;
    Ok(rule)
}

/// Splits an option token `key=value`; a token whose key is not a lowercase ASCII word
/// is not an option but the start of the pattern.
fn option_pair(token: &str) -> Option<(&str, &str)> {
    let (key, value) = token.split_once('=')?;
    let is_key = !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase());
    is_key.then_some((key, value))
}

/// Parses the pattern proper: `/regex/`, `^literal$` or an escaped literal.
fn parse_pattern(pattern: &str) -> Result<Kind, (usize, String)> {
    if let Some(escaped) = pattern.strip_prefix('\\') {
        return literal(escaped, Anchor::Anywhere, 1);
    }
    if let Some(inner) = pattern.strip_prefix('/') {
        let Some(source) = inner.strip_suffix('/') else {
            return Err((pattern.len(), "regex is not closed with /".to_string()));
        };
        if source.is_empty() {
            return Err((1, "empty regex".to_string()));
        }
        check_regex(source).map_err(|(o, m)| (1 + o, m))?;
        return Ok(Kind::Regex(source.to_string()));
    }
    let (start, rest, offset) = match pattern.strip_prefix('^') {
        Some(rest) => (true, rest, 1),
        None => (false, pattern, 0),
    };
    let (end, phrase) = match rest.strip_suffix('$') {
        Some(phrase) => (true, phrase),
        None => (false, rest),
    };
    let anchor = match (start, end) {
        (false, false) => Anchor::Anywhere,
        (true, false) => Anchor::Start,
        (false, true) => Anchor::End,
        (true, true) => Anchor::Whole,
    };
    literal(phrase, anchor, offset)
}

fn literal(phrase: &str, anchor: Anchor, offset: usize) -> Result<Kind, (usize, String)> {
    let folded = fold(phrase);
    if folded.is_empty() {
        return Err((offset, "empty pattern".to_string()));
    }
    Ok(Kind::Literal {
        phrase: folded,
        anchor,
    })
}

/// Checks a regex with the parser the regex crate uses, locating the error in it.
fn check_regex(source: &str) -> Result<(), (usize, String)> {
    use regex_syntax::ast::parse::Parser;
    if let Err(err) = Parser::new().parse(source) {
        let span = err.span();
        let at = source
            .char_indices()
            .nth(span.start.column.saturating_sub(1))
            .map_or(span.start.offset, |(i, _)| i);
        return Err((at, format!("invalid regex: {}", err.kind())));
    }
    if let Err(err) = regex::RegexBuilder::new(source)
        .case_insensitive(true)
        .size_limit(1 << 22)
        .build()
    {
        let message = err.to_string();
        let last = message.lines().last().unwrap_or("").trim();
        return Err((0, format!("invalid regex: {last}")));
    }
    Ok(())
}

fn parse_weight(text: &str, sign_required: bool) -> Result<f32, String> {
    if sign_required && !text.starts_with(['+', '-']) {
        return Err(format!("weight {text:?} needs a sign (+ or -)"));
    }
    match text.parse::<f32>() {
        Ok(w) if w.is_finite() && w.abs() <= 100.0 => Ok(w),
        Ok(_) => Err(format!("weight {text} is out of range (-100 to +100)")),
        Err(_) => Err(format!(
            "bad weight {text:?} (expected a signed number like +3 or -1.5)"
        )),
    }
}

fn parse_role(text: &str) -> Result<Role, String> {
    match text {
        "opener" => Ok(Role::Opener),
        "closer" => Ok(Role::Closer),
        "none" => Ok(Role::None),
        _ => Err(format!(
            "unknown role {text:?} (expected opener, closer or none)"
        )),
    }
}

fn parse_category(text: &str) -> Result<Category, String> {
    Category::from_name(text).ok_or_else(|| {
        let names: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
        format!(
            "unknown category {text:?} (expected one of {})",
            names.join(", ")
        )
    })
}

fn parse_domain(text: &str) -> Result<String, String> {
    let host = text.trim_start_matches("*.").to_ascii_lowercase();
    let valid = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    if valid {
        Ok(host)
    } else {
        Err(format!(
            "bad domain {text:?} (expected a host name like example.com)"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Vec<Rule>, Vec<PatternError>) {
        let (mut rules, mut errors) = (Vec::new(), Vec::new());
        parse_source("t.pat", 0, text, &mut rules, &mut errors);
        (rules, errors)
    }

    #[test]
    fn directives_set_defaults_and_options_override() {
        let (rules, errors) = parse(
            "# c\n@category appeal\n@weight +3\ndear readers\n+6 role=closer ^Remind me later$\n",
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(rules.len(), 2);
        assert_eq!(rules[0].weight, 3.0);
        assert_eq!(rules[0].category, Category::Appeal);
        assert_eq!(rules[1].weight, 6.0);
        assert_eq!(rules[1].role, Role::Closer);
        assert_eq!(
            rules[1].kind,
            Kind::Literal {
                phrase: "remind me later".into(),
                anchor: Anchor::Whole
            }
        );
        assert_eq!(rules[1].line, 5);
    }

    #[test]
    fn broken_regex_is_located() {
        let (_, errors) = parse("\n  +2 /support (us/\n");
        assert_eq!(errors.len(), 1);
        assert_eq!((errors[0].line, errors[0].column), (2, 15));
        assert!(errors[0].message.contains("invalid regex"), "{}", errors[0]);
    }

    #[test]
    fn unknown_directive_and_option_are_errors() {
        let (_, errors) = parse("@colour red\nrole=maybe x\nfoo=bar\n");
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert_eq!((errors[0].line, errors[0].column), (1, 1));
        assert!(errors[1].message.contains("unknown role"));
        assert!(errors[2].message.contains("unknown option foo="));
    }

    #[test]
    fn escaped_literal_keeps_leading_sign() {
        let (rules, errors) = parse("\\+1 for this\n");
        assert!(errors.is_empty());
        assert_eq!(
            rules[0].kind,
            Kind::Literal {
                phrase: "+1 for this".into(),
                anchor: Anchor::Anywhere
            }
        );
    }
}
