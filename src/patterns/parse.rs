//! Parser for the line-oriented pattern language, with `file:line:column` errors.

use std::fmt;

use super::prefilter::{check_regex, Prefilter};
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

/// Structural role of a pattern: whether it opens or closes an appeal block, or heads a
/// comment thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// No role.
    None,
    /// Opens a block ("A Message from…", "Dear readers,").
    Opener,
    /// Closes a block ("Remind me later", "Donate").
    Closer,
    /// Heads the readers' comments below an article ("34 responses to …", "Top rated
    /// comments"): see `Signal::CommentSection`.
    Thread,
    /// May head the readers' comments ("27 comments", "Comments"), but also sits in share
    /// bars and links: heads them only when comment chrome follows.
    MaybeThread,
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
    /// The whole paragraph, compared in normal form (`~text`; see
    /// [`crate::normalize`]): case, numbers, punctuation and spacing do not matter.
    /// Written by `unboil learn`.
    Normalized(String),
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
    /// For a regex: literals one of which every match contains (its prefilter); empty
    /// when none could be found and the regex must be tried on every paragraph.
    pub required: Vec<String>,
    /// For a regex: every match begins with one of `required` (after nothing but
    /// zero-width assertions), so it can be tried anchored where one occurs.
    pub opens_with_required: bool,
    /// Written by `unboil train` (`@source learned`), not by a person: its positive
    /// weight never outvotes hand-written evidence of journalism.
    pub learned: bool,
}

/// A numeric setting from a pattern file: `@signal NAME W` (a structural signal's
/// weight) or `@param NAME V` (a cost of the sequence decision).
#[derive(Clone, Debug, PartialEq)]
pub struct Setting {
    /// Index of the source file.
    pub file: usize,
    /// 1-based line.
    pub line: usize,
    /// What is set.
    pub target: SettingTarget,
    /// The value.
    pub value: f32,
}

/// What a `Setting` sets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SettingTarget {
    /// The weight of a structural signal.
    Signal(crate::signals::Signal),
    /// A cost of the sequence decision, by name (see `DecideParams::set`).
    Param(&'static str),
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
    learned: bool,
}

/// Parses one pattern file. Rules get `file` as their file index; every error of the
/// file is collected, not only the first.
pub fn parse_source(
    name: &str,
    file: usize,
    contents: &str,
    rules: &mut Vec<Rule>,
    settings: &mut Vec<Setting>,
    errors: &mut Vec<PatternError>,
) {
    let mut defaults = Defaults {
        category: Category::Other,
        weight: 1.0,
        role: Role::None,
        domain: None,
        learned: false,
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
            match apply_directive(directive, &mut defaults) {
                Ok(Some((target, value))) => settings.push(Setting {
                    file,
                    line: line_no,
                    target,
                    value,
                }),
                Ok(None) => {}
                Err((offset, message)) => error(start + offset, message),
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

/// Applies `@name value` to the defaults, or returns the setting it makes. Errors carry
/// a byte offset from the `@`.
fn apply_directive(
    directive: &str,
    defaults: &mut Defaults,
) -> Result<Option<(SettingTarget, f32)>, (usize, String)> {
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
        "source" => {
            defaults.learned = match value {
                "learned" => true,
                "written" => false,
                _ => {
                    return Err((
                        value_at,
                        format!("bad source {value:?} (expected learned or written)"),
                    ))
                }
            }
        }
        "signal" | "param" => return parse_setting(name, value, value_at).map(Some),
        _ => {
            return Err((
                0,
                format!(
                    "unknown directive @{name} (expected @category, @weight, @role, @domain, @lang, @source, @signal or @param)"
                ),
            ))
        }
    }
    Ok(None)
}

/// Parses the value of `@signal NAME W` or `@param NAME V`.
fn parse_setting(
    kind: &str,
    value: &str,
    value_at: usize,
) -> Result<(SettingTarget, f32), (usize, String)> {
    let mut parts = value.split_whitespace();
    let (Some(key), Some(number), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err((value_at, format!("@{kind} needs a name and a number")));
    };
    let number_at = value_at + value.rfind(number).unwrap_or(0);
    let target = if kind == "signal" {
        let signal = crate::signals::Signal::from_name(key).ok_or_else(|| {
            let names: Vec<&str> = crate::signals::Signal::ALL
                .iter()
                .map(|s| s.name())
                .collect();
            (
                value_at,
                format!(
                    "unknown signal {key:?} (expected one of {})",
                    names.join(", ")
                ),
            )
        })?;
        SettingTarget::Signal(signal)
    } else {
        let names = crate::decide::DecideParams::NAMES;
        let param = names.iter().find(|n| **n == key).ok_or_else(|| {
            (
                value_at,
                format!(
                    "unknown parameter {key:?} (expected one of {})",
                    names.join(", ")
                ),
            )
        })?;
        SettingTarget::Param(param)
    };
    let number = parse_weight(number, false).map_err(|m| (number_at, m))?;
    Ok((target, number))
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
        required: Vec::new(),
        opens_with_required: false,
        learned: defaults.learned,
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
    let (kind, (required, opens_with_required)) =
        parse_pattern(rest).map_err(|(o, m)| (pattern_at + o, m))?;
    rule.kind = kind;
    rule.required = required;
    rule.opens_with_required = opens_with_required;
    Ok(rule)
}

/// Splits an option token `key=value`; a token whose key is not a lowercase ASCII word
/// is not an option but the start of the pattern.
fn option_pair(token: &str) -> Option<(&str, &str)> {
    let (key, value) = token.split_once('=')?;
    let is_key = !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase());
    is_key.then_some((key, value))
}

/// Parses the pattern proper: `/regex/`, `^literal$` or an escaped literal; for a
/// regex, also its prefilter.
fn parse_pattern(pattern: &str) -> Result<(Kind, Prefilter), (usize, String)> {
    if let Some(escaped) = pattern.strip_prefix('\\') {
        return literal(escaped, Anchor::Anywhere, 1).map(|k| (k, Prefilter::default()));
    }
    if let Some(text) = pattern.strip_prefix('~') {
        let normal = crate::normalize::normalize(text);
        if normal.is_empty() {
            return Err((1, "empty pattern: ~ needs at least one word".to_string()));
        }
        return Ok((Kind::Normalized(normal), Prefilter::default()));
    }
    if let Some(inner) = pattern.strip_prefix('/') {
        let Some(source) = inner.strip_suffix('/') else {
            return Err((pattern.len(), "regex is not closed with /".to_string()));
        };
        if source.is_empty() {
            return Err((1, "empty regex".to_string()));
        }
        let required = match super::builtin::cached_prefilter(source) {
            Some(known) => known,
            None => check_regex(source).map_err(|(o, m)| (1 + o, m))?,
        };
        return Ok((Kind::Regex(source.to_string()), required));
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
    literal(phrase, anchor, offset).map(|k| (k, Prefilter::default()))
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
        "thread" => Ok(Role::Thread),
        "maybe-thread" => Ok(Role::MaybeThread),
        "none" => Ok(Role::None),
        _ => Err(format!(
            "unknown role {text:?} (expected opener, closer, thread, maybe-thread or none)"
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
        parse_source("t.pat", 0, text, &mut rules, &mut Vec::new(), &mut errors);
        (rules, errors)
    }

    /// The prefilter literals of each regex of a pattern file's text.
    fn prefilters(text: &str) -> Vec<Vec<String>> {
        let (rules, errors) = parse(text);
        assert!(errors.is_empty(), "{errors:?}");
        rules.into_iter().map(|r| r.required).collect()
    }

    #[test]
    fn regexes_that_open_with_a_required_literal() {
        let (rules, errors) = parse(concat!(
            "/(?-u:\\b)(said|says) [a-z]+ [a-z]+/\n",
            "/(on|by) (monday|friday) (morning|night)/\n",
            "/[a-z]+ (said|says) [a-z]/\n",
            "/^[^a-z0-9]*(next|prev) (page|story)$/\n",
            "/(the )?(police|officials) said/\n",
            "/(dear|hi),? (reader|friend)/\n",
        ));
        assert!(errors.is_empty(), "{errors:?}");
        let opens: Vec<bool> = rules.iter().map(|r| r.opens_with_required).collect();
        // Only the first two begin every match with a required literal: the others have
        // a class, a repetition or an optional part first, or require a later literal.
        assert_eq!(opens, [true, true, false, false, false, false]);
    }

    #[test]
    fn prefilter_literals_prefer_the_rarer_required_set() {
        let required = prefilters(concat!(
            "/(^|[ .])[0-9]+ (млн|тыс|%)/\n",
            "/(download|install) the (app|application)/\n",
            "/(?-u:\\b)told (reporters|officials) on [a-z]+/\n",
            "/^[^a-z0-9]*[0-9]+ of [0-9]+$/\n",
        ));
        assert_eq!(
            required,
            [
                vec![" млн", " тыс", " %"],
                vec![
                    "download the app",
                    "download the application",
                    "install the app",
                    "install the application"
                ],
                vec!["told reporters on ", "told officials on "],
                vec![" of "],
            ]
        );
    }

    #[test]
    fn prefilter_literals_combine_the_parts_known_exactly() {
        let required = prefilters(concat!(
            "/(?-u:\\b)(is|are) on (twitter|x)(?-u:\\b)/\n",
            // Too many combinations: the best part alone.
            "/(a|b|c|d|e|f|g|h) (said|told|wrote|added|noted|asked|argued|warned|replied)/\n",
            // A repetition ends the stretch: only what precedes or follows it.
            "/(get|install) the (free |new )*app/\n",
        ));
        assert_eq!(
            required,
            [
                vec!["is on twitter", "is on x", "are on twitter", "are on x"],
                vec![
                    "said", "told", "wrote", "added", "noted", "asked", "argued", "warned",
                    "replied"
                ],
                vec!["get the ", "install the "],
            ]
        );
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
    fn tilde_pattern_is_stored_in_normal_form() {
        let (rules, errors) = parse("+4 ~Read 12 comments!\n~ ...\n\\~tilde\n");
        assert_eq!(rules[0].kind, Kind::Normalized("read 0 comments".into()));
        assert_eq!(rules[0].weight, 4.0);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!((errors[0].line, errors[0].column), (2, 2));
        assert_eq!(
            rules[1].kind,
            Kind::Literal {
                phrase: "~tilde".into(),
                anchor: Anchor::Anywhere
            }
        );
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
