//! What every match of a pattern regex must contain, read from its syntax tree: the
//! prefilter literals the automaton looks for, and whether a match opens with one.
//!
//! Self-contained (only `regex-syntax`): `build.rs` includes this file too, to analyse
//! the built-in patterns' regexes when unboil is compiled, so that start-up does not
//! parse them again (`check_regex` looks them up first, see `cached`).

/// What a regex's prefilter needs: the literals one of which every match contains, and
/// whether every match begins with one (`Rule::opens_with_required`).
pub type Prefilter = (Vec<String>, bool);

/// Checks a regex's syntax with the parser the regex crate uses, locating the error in
/// it; rejects upper-case literals, which can never match folded (lower-case) text; and
/// returns the literals one of which every match contains (see `required_literals`) and
/// whether every match begins with one (`opens_with`). Only the syntax tree is built
/// here, which is cheap: `PatternSet` compiles each regex when first needed, and
/// `check-patterns` compiles them all.
pub fn check_regex(source: &str) -> Result<Prefilter, (usize, String)> {
    use regex_syntax::ast::parse::Parser;
    let ast = Parser::new().parse(source).map_err(|err| {
        let span = err.span();
        let at = source
            .char_indices()
            .nth(span.start.column.saturating_sub(1))
            .map_or(span.start.offset, |(i, _)| i);
        (at, format!("invalid regex: {}", err.kind()))
    })?;
    if let Some((at, c)) = uppercase_literal(&ast) {
        return Err((
            at,
            format!("regex has the upper-case letter {c:?}: text is folded to lower case before matching, so write regexes in lower case"),
        ));
    }
    if has_case_flag(&ast) {
        return Ok(Prefilter::default());
    }
    // Literals of three bytes or more make a selective prefilter; a regex with none may
    // still need a shorter one (`©`, `(`, `, `), which beats running it everywhere.
    let required = required_literals(&ast, 3)
        .or_else(|| required_literals(&ast, 1))
        .unwrap_or_default();
    let opens = opens_with(&ast, &required);
    Ok((required, opens))
}

/// Whether every match of the regex begins with one of `required`: its parts, from the
/// first, are known exactly (`exact_strings`; zero-width assertions are the empty
/// string) far enough for each string they match to begin with one.
fn opens_with(ast: &regex_syntax::ast::Ast, required: &[String]) -> bool {
    use regex_syntax::ast::Ast;
    if required.is_empty() {
        return false;
    }
    let parts = match ast {
        Ast::Concat(concat) => concat.asts.as_slice(),
        other => std::slice::from_ref(other),
    };
    let mut opening = vec![String::new()];
    for part in parts {
        let Some(longer) = exact_strings(part).and_then(|strings| combine(&opening, &strings))
        else {
            return false;
        };
        opening = longer;
        if opening.iter().all(|s| {
            required
                .iter()
                .any(|literal| s.starts_with(literal.as_str()))
        }) {
            return true;
        }
    }
    false
}

/// Whether the regex turns on case-insensitivity anywhere (`(?i)`), which would defeat a
/// literal prefilter.
fn has_case_flag(ast: &regex_syntax::ast::Ast) -> bool {
    use regex_syntax::ast::{Ast, Flag, FlagsItemKind, GroupKind};
    let sets_i = |flags: &regex_syntax::ast::Flags| {
        let mut negated = false;
        flags.items.iter().any(|item| match item.kind {
            FlagsItemKind::Negation => {
                negated = true;
                false
            }
            FlagsItemKind::Flag(Flag::CaseInsensitive) => !negated,
            FlagsItemKind::Flag(_) => false,
        })
    };
    match ast {
        Ast::Flags(set) => sets_i(&set.flags),
        Ast::Group(group) => {
            matches!(&group.kind, GroupKind::NonCapturing(flags) if sets_i(flags))
                || has_case_flag(&group.ast)
        }
        Ast::Concat(concat) => concat.asts.iter().any(has_case_flag),
        Ast::Alternation(alt) => alt.asts.iter().any(has_case_flag),
        Ast::Repetition(rep) => has_case_flag(&rep.ast),
        _ => false,
    }
}

/// The first upper-case literal character of the regex, with its byte offset.
fn uppercase_literal(ast: &regex_syntax::ast::Ast) -> Option<(usize, char)> {
    use regex_syntax::ast::Ast;
    match ast {
        Ast::Literal(literal) => {
            let c = literal.c;
            (c.is_uppercase() && c.to_lowercase().next() != Some(c))
                .then_some((literal.span.start.offset, c))
        }
        Ast::Group(group) => uppercase_literal(&group.ast),
        Ast::Repetition(rep) => uppercase_literal(&rep.ast),
        Ast::Concat(concat) => concat.asts.iter().find_map(uppercase_literal),
        Ast::Alternation(alt) => alt.asts.iter().find_map(uppercase_literal),
        _ => None,
    }
}

/// How rarely a prefilter literal is expected in text, in half-bytes: spaces and the
/// commonest punctuation count one, ASCII letters two, anything else (digits, symbols,
/// letters of other scripts) four. `%` is rarer than ` `, `млн` than ` the `.
fn selectivity(literal: &str) -> usize {
    literal
        .bytes()
        .map(|b| match b {
            b' ' | b',' | b'.' | b'-' | b'\'' => 1,
            b'a'..=b'z' => 2,
            _ => 4,
        })
        .sum()
}

/// How good a prefilter set is, higher is better: its least selective literal
/// (`selectivity`) up to `ENOUGH_SELECTIVITY`, then fewer literals, then the least
/// selectivity past that.
fn rank(literals: &[String]) -> (usize, usize, usize) {
    let least = literals.iter().map(|l| selectivity(l)).min().unwrap_or(0);
    (
        least.min(ENOUGH_SELECTIVITY),
        usize::MAX - literals.len(),
        least,
    )
}

/// Most strings of a set of exact strings (`exact_strings`) and of a prefilter set.
const LITERAL_SET_LIMIT: usize = 64;

/// The strings a part of a regex matches, when they are few and known exactly: literal
/// characters, zero-width assertions and flags (the empty string), and groups,
/// alternations and concatenations of those (the concatenation as every combination),
/// at most `LITERAL_SET_LIMIT` strings. `None` for anything else (classes, repetitions).
fn exact_strings(ast: &regex_syntax::ast::Ast) -> Option<Vec<String>> {
    use regex_syntax::ast::Ast;
    match ast {
        Ast::Empty(_) | Ast::Assertion(_) | Ast::Flags(_) => Some(vec![String::new()]),
        Ast::Literal(literal) => Some(vec![literal.c.to_string()]),
        Ast::Group(group) => exact_strings(&group.ast),
        Ast::Alternation(alt) => {
            let mut all = Vec::new();
            for branch in &alt.asts {
                all.extend(exact_strings(branch)?);
                if all.len() > LITERAL_SET_LIMIT {
                    return None;
                }
            }
            Some(all)
        }
        Ast::Concat(concat) => {
            let mut product = vec![String::new()];
            for item in &concat.asts {
                if let Ast::Literal(literal) = item {
                    // The commonest part: a character added to every string in place.
                    product.iter_mut().for_each(|s| s.push(literal.c));
                } else {
                    product = combine(&product, &exact_strings(item)?)?;
                }
            }
            Some(product)
        }
        _ => None,
    }
}

/// Every string of `left` followed by every string of `right`, or `None` when that
/// makes more than `LITERAL_SET_LIMIT`.
fn combine(left: &[String], right: &[String]) -> Option<Vec<String>> {
    if left.len() * right.len() > LITERAL_SET_LIMIT {
        return None;
    }
    let mut out = Vec::with_capacity(left.len() * right.len());
    for l in left {
        for r in right {
            let mut both = String::with_capacity(l.len() + r.len());
            both.push_str(l);
            both.push_str(r);
            out.push(both);
        }
    }
    Some(out)
}

/// Selectivity (see `selectivity`) from which a prefilter set is rare enough: of two
/// such sets, the one with fewer literals is taken.
const ENOUGH_SELECTIVITY: usize = 32;

/// Literals one of which every match of the regex contains: in a sequence that must
/// match, the strings of the longest stretch of consecutive parts known exactly
/// (`exact_strings`: "(get|install) the " gives "get the ", "install the "), or a
/// required set of a group; for an alternation, such literals for each branch. Of
/// several, the best by `rank`. `None` when some branch has no literal of at least
/// `min_bytes` bytes.
fn required_literals(ast: &regex_syntax::ast::Ast, min_bytes: usize) -> Option<Vec<String>> {
    use regex_syntax::ast::Ast;
    match ast {
        Ast::Alternation(alt) => {
            let mut all = Vec::new();
            for branch in &alt.asts {
                all.extend(required_literals(branch, min_bytes)?);
            }
            (all.len() <= LITERAL_SET_LIMIT).then_some(all)
        }
        Ast::Group(group) => required_literals(&group.ast, min_bytes),
        Ast::Literal(literal) => {
            let s = literal.c.to_string();
            (s.len() >= min_bytes).then(|| vec![s])
        }
        Ast::Concat(concat) => {
            // The best candidate so far, with its rank (`rank`).
            let mut best: Option<((usize, usize, usize), Vec<String>)> = None;
            let mut consider = |candidate: Vec<String>| {
                if candidate.is_empty() || candidate.iter().any(|s| s.len() < min_bytes) {
                    return;
                }
                let rank = rank(&candidate);
                if best.as_ref().is_none_or(|(b, _)| rank > *b) {
                    best = Some((rank, candidate));
                }
            };
            // The combinations of the exactly known parts since the last other part.
            let mut stretch = vec![String::new()];
            for item in &concat.asts {
                match exact_strings(item) {
                    Some(strings) => {
                        stretch = match combine(&stretch, &strings) {
                            Some(longer) => longer,
                            // Too many combinations: the stretch so far is a candidate,
                            // and a new one begins.
                            None => {
                                consider(std::mem::take(&mut stretch));
                                strings
                            }
                        };
                    }
                    None => {
                        consider(std::mem::replace(&mut stretch, vec![String::new()]));
                        if let Ast::Group(_) | Ast::Alternation(_) = item {
                            if let Some(inner) = required_literals(item, min_bytes) {
                                consider(inner);
                            }
                        }
                    }
                }
            }
            consider(stretch);
            best.map(|(_, literals)| literals)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rarer_characters_are_more_selective() {
        assert!(selectivity("%") > selectivity(" "));
        assert!(selectivity("млн") > selectivity(" the "));
    }
}
