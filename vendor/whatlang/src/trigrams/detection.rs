use super::LangProfileList;
use super::utils::{PackedMap, TrigramsWithPositions, get_trigrams_with_positions, pack};
use super::{ARABIC_LANGS, CYRILLIC_LANGS, DEVANAGARI_LANGS, HEBREW_LANGS, LATIN_LANGS};
use super::{MAX_TOTAL_DISTANCE, MAX_TRIGRAM_DISTANCE, Trigram};
use crate::Lang;
use crate::core::{FilterList, Info, InternalQuery, Text, calculate_confidence};
use crate::scripts::grouping::MultiLangScript;

#[derive(Debug)]
pub struct RawOutcome {
    pub trigrams_count: usize,
    #[allow(dead_code)]
    pub raw_distances: Vec<(Lang, u32)>,
    pub scores: Vec<(Lang, f64)>,
}

#[inline]
pub fn detect(iquery: &InternalQuery) -> Option<Info> {
    let raw_outcome = raw_detect(iquery);
    let RawOutcome {
        trigrams_count,
        scores,
        ..
    } = raw_outcome;

    let mut raw_scores_iter = scores.into_iter();

    let opt_lang_score1 = raw_scores_iter.next();
    let opt_lang_score2 = raw_scores_iter.next();

    // TODO: Logic is duplicated in alphabets. Consider refactoring
    opt_lang_score1.map(|(lang1, score1)| {
        let script = iquery.multi_lang_script.to_script();
        let confidence = if let Some((_, score2)) = opt_lang_score2 {
            calculate_confidence(score1, score2, trigrams_count)
        } else {
            1.0
        };
        Info::new(script, lang1, confidence)
    })
}

#[inline]
pub fn raw_detect(iquery: &InternalQuery) -> RawOutcome {
    let lang_profile_list = script_to_lang_profile_list(iquery.multi_lang_script);
    calculate_scores_in_profiles(&iquery.text, iquery.filter_list, lang_profile_list)
}

fn script_to_lang_profile_list(script: MultiLangScript) -> LangProfileList {
    use MultiLangScript as MLS;
    match script {
        MLS::Latin => LATIN_LANGS,
        MLS::Cyrillic => CYRILLIC_LANGS,
        MLS::Arabic => ARABIC_LANGS,
        MLS::Devanagari => DEVANAGARI_LANGS,
        MLS::Hebrew => HEBREW_LANGS,
    }
}

/// Every profile trigram of a script's languages, with where it stands in each profile:
/// one look-up per text trigram replaces one per profile trigram and language.
struct InvertedProfiles {
    postings: PackedMap<Vec<(u16, u16)>>,
    lengths: Vec<u32>,
}

impl InvertedProfiles {
    fn build(list: LangProfileList) -> InvertedProfiles {
        let mut postings: PackedMap<Vec<(u16, u16)>> = PackedMap::default();
        for (lang_index, (_, trigrams)) in list.iter().enumerate() {
            for (position, &Trigram(c1, c2, c3)) in trigrams.iter().enumerate() {
                postings
                    .entry(pack(c1, c2, c3))
                    .or_default()
                    .push((lang_index as u16, position as u16));
            }
        }
        let lengths = list.iter().map(|(_, t)| t.len() as u32).collect();
        InvertedProfiles { postings, lengths }
    }
}

fn inverted(list: LangProfileList) -> &'static InvertedProfiles {
    use std::sync::OnceLock;
    static LISTS: [OnceLock<InvertedProfiles>; 5] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    let slot = [
        LATIN_LANGS,
        CYRILLIC_LANGS,
        ARABIC_LANGS,
        DEVANAGARI_LANGS,
        HEBREW_LANGS,
    ]
    .iter()
    .position(|l| std::ptr::eq(*l, list))
    .expect("a script's profile list");
    LISTS[slot].get_or_init(|| InvertedProfiles::build(list))
}

#[inline]
fn calculate_scores_in_profiles(
    text: &Text,
    filter_list: &FilterList,
    lang_profile_list: LangProfileList,
) -> RawOutcome {
    let TrigramsWithPositions {
        trigram_positions, ..
    } = get_trigrams_with_positions(&text.lowercase());
    let unique_trigrams_count = trigram_positions.len();

    // For each language, the sum over its found trigrams of (MAX - distance): the total
    // distance is then MAX for every trigram less that sum.
    let index = inverted(lang_profile_list);
    let mut found = vec![0i64; lang_profile_list.len()];
    for (n, trigram) in trigram_positions.iter().enumerate() {
        if let Some(postings) = index.postings.get(trigram) {
            for &(lang_index, position) in postings {
                let dist = (n as i64 - position as i64).abs();
                found[lang_index as usize] += MAX_TRIGRAM_DISTANCE as i64 - dist;
            }
        }
    }

    let count = trigram_positions.len() as u32;
    let mut lang_distances: Vec<(Lang, u32)> = vec![];
    for (lang_index, &(lang, _)) in lang_profile_list.iter().enumerate() {
        if !filter_list.is_allowed(lang) {
            continue;
        }
        let all_missing = index.lengths[lang_index] as i64 * MAX_TRIGRAM_DISTANCE as i64;
        let mut total_dist = (all_missing - found[lang_index]) as u32;
        if MAX_TRIGRAM_DISTANCE > count {
            let delta = MAX_TRIGRAM_DISTANCE - count;
            total_dist -= delta * MAX_TRIGRAM_DISTANCE;
        }
        lang_distances.push((lang, total_dist.clamp(0, MAX_TOTAL_DISTANCE)));
    }

    // Sort languages by distance
    lang_distances.sort_unstable_by_key(|(_, dist)| *dist);

    let max_dist = unique_trigrams_count as u32 * MAX_TRIGRAM_DISTANCE;

    let raw_scores = lang_distances
        .iter()
        .map(|&(lang, distance)| (lang, distance_to_raw_score(distance, max_dist)))
        .collect();

    RawOutcome {
        trigrams_count: unique_trigrams_count,
        scores: raw_scores,
        raw_distances: lang_distances,
    }
}

#[inline]
fn distance_to_raw_score(distance: u32, max_distance: u32) -> f64 {
    let similarity = max_distance - distance;
    similarity as f64 / max_distance as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_when_german_is_given() {
        let text = "Die Ordnung muss für immer in diesem Codebase bleiben";
        let iq = InternalQuery {
            text: Text::new(text),
            filter_list: &FilterList::default(),
            multi_lang_script: MultiLangScript::Latin,
        };
        let raw_outcome = raw_detect(&iq);

        assert_eq!(raw_outcome.trigrams_count, 50);

        let &(first_lang, first_score) = raw_outcome.scores.first().unwrap();
        let &(_last_lang, last_score) = raw_outcome.scores.last().unwrap();

        assert_eq!(first_lang, Lang::Deu);

        assert!(first_score >= 0.0);
        assert!(first_score <= 1.0);

        assert!(last_score >= 0.0);
        assert!(last_score <= 1.0);
    }
}
