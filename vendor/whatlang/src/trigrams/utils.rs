use hashbrown::HashMap;

use super::TEXT_TRIGRAMS_SIZE;
#[cfg(test)]
use super::Trigram;
use crate::core::LowercaseText;
use crate::utils::is_stop_char;

pub struct TrigramsWithPositions {
    pub(crate) _total_trigrams: u32,
    /// The text's most frequent trigrams, packed (`pack`), most frequent first: a
    /// trigram's index is its position.
    pub(crate) trigram_positions: Vec<u64>,
}

/// A trigram as one integer whose order is the trigram's (each `char` fits in 21 bits).
#[inline]
pub(crate) fn pack(c1: char, c2: char, c3: char) -> u64 {
    ((c1 as u64) << 42) | ((c2 as u64) << 21) | c3 as u64
}

/// The trigram of `pack`.
#[cfg(test)]
pub(crate) fn unpack(key: u64) -> Trigram {
    let ch = |bits: u64| char::from_u32((bits & 0x1F_FFFF) as u32).unwrap_or(' ');
    Trigram(ch(key >> 42), ch(key >> 21), ch(key))
}

/// A hasher for packed trigrams: one multiplication (the keys are already well spread
/// over their low bits by the third character).
#[derive(Default, Clone, Copy)]
pub(crate) struct PackedHasher(u64);

impl std::hash::Hasher for PackedHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    #[inline]
    fn write_u64(&mut self, key: u64) {
        let folded = (key as u128).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = (folded as u64) ^ ((folded >> 64) as u64);
    }
}

pub(crate) type PackedMap<V> = HashMap<u64, V, std::hash::BuildHasherDefault<PackedHasher>>;

#[inline]
pub fn get_trigrams_with_positions(text: &LowercaseText) -> TrigramsWithPositions {
    let CountResult {
        total_trigrams,
        trigram_occurances,
    } = count(text);
    let trigram_positions = trigram_occurances_to_positions(trigram_occurances);
    TrigramsWithPositions {
        _total_trigrams: total_trigrams,
        trigram_positions,
    }
}

#[inline]
fn trigram_occurances_to_positions(trigram_occurances: PackedMap<u32>) -> Vec<u64> {
    // Descending by number of occurrences, then by trigram. Keys are distinct, so the
    // order is total: selecting the first 600 and sorting only them gives what sorting
    // everything would.
    let mut count_vec: Vec<(u32, u64)> = trigram_occurances
        .into_iter()
        .map(|(trigram, count)| (count, trigram))
        .collect();
    if count_vec.len() > TEXT_TRIGRAMS_SIZE {
        count_vec.select_nth_unstable_by(TEXT_TRIGRAMS_SIZE, |a, b| b.cmp(a));
        count_vec.truncate(TEXT_TRIGRAMS_SIZE);
    }
    count_vec.sort_unstable_by(|a, b| b.cmp(a));
    count_vec.into_iter().map(|(_, trigram)| trigram).collect()
}

struct CountResult {
    total_trigrams: u32,
    trigram_occurances: PackedMap<u32>,
}

#[inline]
fn count(text: &LowercaseText) -> CountResult {
    let hash_capacity = calculate_initial_hash_capacity(text);
    let mut trigram_occurances: PackedMap<u32> =
        HashMap::with_capacity_and_hasher(hash_capacity, Default::default());
    let mut total_trigrams = 0;

    // iterate through the string and count trigrams
    let mut chars_iter = text.chars().map(to_trigram_char).chain(Some(' '));
    let mut c1 = ' ';
    // unwrap is safe, because we always chain a space character on the end of the iterator
    let mut c2 = chars_iter.next().unwrap();
    for cur_char in chars_iter {
        let c3 = cur_char;
        if !(c2 == ' ' && (c1 == ' ' || c3 == ' ')) {
            *trigram_occurances.entry(pack(c1, c2, c3)).or_insert(0) += 1;
            total_trigrams += 1;
        }
        c1 = c2;
        c2 = c3;
    }

    CountResult {
        total_trigrams,
        trigram_occurances,
    }
}

// Convert punctuations and digits to a space.
#[inline]
fn to_trigram_char(ch: char) -> char {
    if is_stop_char(ch) { ' ' } else { ch }
}

// In order to improve performance, define the initial capacity for trigrams hash map,
// based on the size of the input text.
#[inline]
fn calculate_initial_hash_capacity(text: &str) -> usize {
    const MAX_INITIAL_HASH_CAPACITY: usize = 2048;

    let len = text.len();
    if len > MAX_INITIAL_HASH_CAPACITY {
        MAX_INITIAL_HASH_CAPACITY
    } else {
        len
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_valuable_trigram_chars(chars: &[char]) {
        for &ch in chars.iter() {
            assert_eq!(to_trigram_char(ch), ch);
        }
    }

    fn assert_not_valuable_trigram_chars(chars: &[char]) {
        for &ch in chars.iter() {
            assert_eq!(to_trigram_char(ch), ' ');
        }
    }

    #[test]
    fn test_to_trigram_char() {
        // valuable chars, that matters
        assert_valuable_trigram_chars(&['a', 'z', 'A', 'Z', 'Ж', 'ß']);

        // punctuations, digits, etc..
        //
        // 0x00 - 0x40
        assert_not_valuable_trigram_chars(&['\t', '\n', ' ', '.', '0', '9', ',', '@']);
        // 0x5B - 0x60
        assert_not_valuable_trigram_chars(&['[', ']', '^', '\\', '`']);
        // 0x7B - 0x7E
        assert_not_valuable_trigram_chars(&['[', '|', '{', '}', '~']);
    }

    fn assert_count(text: &str, pairs: &[(&str, u32)]) {
        let lowercase_text = LowercaseText::new(text);
        let CountResult {
            total_trigrams: _,
            trigram_occurances,
        } = count(&lowercase_text);
        for &(trigram_str, expected_n) in pairs.iter() {
            let chars: Vec<char> = trigram_str.chars().collect();
            let trigram = Trigram(chars[0], chars[1], chars[2]);
            let actual_n = trigram_occurances[&pack(chars[0], chars[1], chars[2])];
            assert_eq!(
                actual_n, expected_n,
                "trigram '{:?}' expected to occur {} times, got {}",
                trigram, expected_n, actual_n
            );
        }
        assert_eq!(trigram_occurances.len(), pairs.len());
    }

    #[test]
    fn test_count() {
        assert_count("", &[]);
        assert_count(",", &[]);
        assert_count("a", &[(" a ", 1)]);
        assert_count("-a-", &[(" a ", 1)]);
        assert_count("yes", &[(" ye", 1), ("yes", 1), ("es ", 1)]);
        assert_count(
            "Give - IT...",
            &[
                (" gi", 1),
                ("giv", 1),
                ("ive", 1),
                ("ve ", 1),
                (" it", 1),
                ("it ", 1),
            ],
        );
    }

    #[test]
    fn test_get_trigrams_with_positions() {
        let lowercase_text = LowercaseText::new("xaaaaabbbb    d");
        let TrigramsWithPositions {
            _total_trigrams,
            trigram_positions,
        } = get_trigrams_with_positions(&lowercase_text);

        assert_eq!(unpack(trigram_positions[0]), Trigram('a', 'a', 'a'));
        assert_eq!(unpack(trigram_positions[1]), Trigram('b', 'b', 'b'));
        assert_eq!(_total_trigrams, 11);
    }
}
