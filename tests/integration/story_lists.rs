//! Lists of other stories (headline, one-sentence teaser, maybe a date, three times or
//! more) go; the article's own subheads, its lead and wrapped lines do not make one.
//!
//! These hold the `teaser_list` signal through the hand-set rules (`--rules`), where its
//! weight is written by hand. The learned model reads the same signal as one feature
//! among many and still keeps some rail teasers (`en-story-rail.txt` in
//! tests/fixtures/known-misses.txt).

use crate::util::*;

const ARTICLE: &str = "The regional rail operator will add a late train on the coast line from March, its timetable manager said on Friday, after commuters complained for a year that the last service left before most evening shifts ended.\n\
The new service will leave the city terminus at half past eleven and call at every station to the border, the operator said, and it will run on weekdays only until the summer.\n";

const RAIL: &str = "Reservoir levels rise after a week of heavy rain\n\
Engineers say the two upland reservoirs are now close to their winter average for the first time since the dry summer emptied them\n\
3H ago\n\
Museum returns carved doors to the village church\n\
The doors were taken to the city for safekeeping during the war and stood in a museum store for eighty years before anyone asked\n\
6H ago\n\
Night market to move to the old bus station\n\
Traders voted to leave the square after the council raised the pitch fees for the third time in two years without asking them\n\
Nov 12\n\
Two new lifeguard towers for the north beach\n\
The towers will be staffed from May to September by volunteers from the rowing club, who have patrolled the beach on foot until now\n\
Nov 11\n";

#[test]
fn a_story_rail_after_the_article_is_removed_and_named() {
    let doc = format!("{ARTICLE}{RAIL}");
    assert_eq!(kept(&doc, &["--rules"]), ARTICLE);
    let explained = kept(&doc, &["--rules", "--explain"]);
    assert!(explained.contains("teaser_list"), "{explained}");
}

#[test]
fn two_pairs_are_not_a_list() {
    let two: String = RAIL.lines().take(6).map(|l| format!("{l}\n")).collect();
    let explained = kept(&format!("{ARTICLE}{two}"), &["--rules", "--explain"]);
    assert!(!explained.contains("teaser_list"), "{explained}");
}

#[test]
fn a_rail_above_the_article_does_not_take_its_title_and_lead() {
    // Title and a one-sentence lead look like one more pair of the rail above them; the
    // long paragraph that follows shows the article has begun.
    let title = "Coast line gets a late train from March\n";
    let lead = "Commuters on the coast line will get a train after eleven at night from March, the operator said.\n";
    let body = "The regional operator said the service would run on weekdays only until the summer, when it will decide whether to add weekend trains depending on how many passengers use it in the first months.\n";
    let doc = format!("{RAIL}{title}{lead}{body}");
    let out = kept(&doc, &["--rules"]);
    assert!(out.contains(lead), "lead lost:\n{out}");
    assert!(!out.contains("Reservoir levels"), "rail kept:\n{out}");
    // The title may go on its own evidence (a short line), but not as part of the list.
    let explained = kept(&doc, &["--rules", "--explain"]);
    let title_block: String = explained
        .split("\n   0:")
        .filter(|block| block.contains(title.trim_end()) || block.contains(&lead[..40]))
        .collect();
    assert!(
        !title_block.is_empty() && !title_block.contains("teaser_list"),
        "{explained}"
    );
}

#[test]
fn subheads_over_paragraphs_of_several_sentences_are_not_a_list() {
    let doc = "The city will rebuild three of its oldest bridges over the next decade, the engineering department said in a report to the council on Monday.\n\
The stone bridge\n\
The oldest of the three dates from the fifteenth century. It will be closed to cars for two years while its arches are rebuilt.\n\
The iron bridge\n\
The iron bridge was built for the railway in 1860. Its deck will be replaced and its paint stripped back to the original colour.\n\
The swing bridge\n\
The swing bridge has not opened for ships since the port closed. Engineers will restore its machinery so that it can open again on festival days.\n";
    assert_eq!(kept(doc, &["--rules"]), doc);
}

#[test]
fn hard_wrapped_lines_are_not_a_list() {
    // Lines cut at a width end on any word, often a function word: none is a headline or
    // a teaser, even where each starts with a capital.
    let doc = "The harbour master told the council on Monday that dredging of the\n\
Western channel would start in April and that ships would use the\n\
Eastern channel until the work was finished in the late summer of\n\
Next year, when the harbour expects the first of the new ferries to\n\
Arrive from the shipyard in Gdansk, where they are being built for the\n\
Island routes from the mainland pier at the start of the\n\
Tourist season, the harbour master said in his report to the council.\n";
    let explained = kept(doc, &["--rules", "--paragraphs", "line", "--explain"]);
    assert!(!explained.contains("teaser_list"), "{explained}");
}

#[test]
fn dates_and_read_more_lines_inside_the_pairs_do_not_hide_the_list() {
    let rail = "More in Coast News\n\
Harbour pilots agree new pay deal after a summer of talks\n\
November 19, 2025 at 5:10 pm\n\
The pilots who guide tankers into the estuary will get a rise of four percent a year for three years under the deal reached late on Tuesday night\n\
Read More\n\
Lifeboat crew rescues two kayakers off the northern point\n\
November 18, 2025 at 2:01 pm\n\
The two men had been paddling for more than five hours when the tide turned and carried them out past the rocks beyond the old lighthouse\n\
Read More\n\
Fishing fleet returns early as storm warnings spread along the coast\n\
November 17, 2025 at 7:21 pm\n\
Skippers said they would rather lose a week of catch than risk their boats in the swell that forecasters expect to build through the weekend\n\
Read More\n";
    let out = kept(&format!("{ARTICLE}{rail}"), &["--rules"]);
    assert_eq!(out, ARTICLE);
}
