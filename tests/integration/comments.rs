//! Comment sections: readers' comments after the article go, the article stays, and a
//! comment count or button elsewhere heads nothing.

use crate::util::*;

const ARTICLE: &str = "The water company will replace forty kilometres of old mains under the city centre over the next three years, its operations director said on Thursday, after a winter of burst pipes left thousands of homes without supply.\n\
The work will start in the old town in June and will close some streets to traffic for up to six weeks at a time, the company said in a statement.\n";

const THREAD: &str = "27 comments\n\
Sort by newest\n\
riverside_jo says:\n\
June 2, 2025 at 10:12 am\n\
The company has known about these pipes for twenty years and the regulator let it pay out dividends to its owners instead of fixing them.\n\
Reply\n\
oldtowner says:\n\
June 2, 2025 at 11:30 am\n\
Six weeks of closed streets in the old town in the summer will finish off the cafes that only just survived the last roadworks there.\n\
Reply\n";

#[test]
fn comments_after_the_article_are_removed_and_named() {
    assert_tail_removed_by(ARTICLE, THREAD, "comment_section");
}

#[test]
fn a_thread_head_before_the_article_heads_nothing() {
    // The same head and chrome above the article (a comment link bar in a page header):
    // no article precedes them, so nothing after them is presumed a comment.
    let doc = format!("27 comments\nReply\nReply\n{ARTICLE}");
    assert!(kept(&doc, &[]).contains(ARTICLE));
}

#[test]
fn the_section_survives_a_window_boundary() {
    // A window of 6 paragraphs commits the head before the comments are decided.
    let doc = format!("{ARTICLE}{THREAD}");
    assert_eq!(kept(&doc, &["--window", "6"]), ARTICLE);
}

#[test]
fn the_thread_role_is_parsed_and_checked() {
    let dir = temp_dir("thread-role");
    let good = dir.join("good.pat");
    std::fs::write(
        &good,
        "@category comments\n+6 role=thread ^talk about this story$\n",
    )
    .expect("write");
    let out = run_files(&["check-patterns", good.to_str().expect("path")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bad = dir.join("bad.pat");
    std::fs::write(&bad, "+6 role=threads ^talk about this story$\n").expect("write");
    let out = run_files(&["check-patterns", bad.to_str().expect("path")]);
    assert!(!out.status.success());
    let message = format!("{}{}", stdout(&out), stderr(&out));
    assert!(
        message.contains("expected opener, closer, thread, maybe-thread or none"),
        "{message}"
    );
}

/// Comments as an extractor leaves them: no names, dates or buttons, only the head.
const PLAIN_THREAD: &str = "2 thoughts on \u{201c}Water mains to be replaced\u{201d}\n\
The company has known about these pipes for twenty years and the regulator let it pay out dividends to its owners instead of fixing them.\n\
Six weeks of closed streets in the old town in the summer will finish off the cafes that only just survived the last roadworks there.\n";

#[test]
fn a_thread_head_needs_no_chrome_after_it() {
    let doc = format!("{ARTICLE}{PLAIN_THREAD}");
    assert_eq!(kept(&doc, &[]), ARTICLE);
}

#[test]
fn a_count_without_chrome_after_it_heads_nothing() {
    // "27 comments" is also a link in a share bar: without comment chrome after it, the
    // paragraphs after it are judged on their own.
    let doc = format!(
        "{ARTICLE}27 comments\n{}",
        &PLAIN_THREAD[PLAIN_THREAD.find('\n').map_or(0, |i| i + 1)..]
    );
    let out = kept(&doc, &[]);
    assert!(out.contains("The company has known"), "{out}");
}

#[test]
fn news_right_after_a_head_cancels_it() {
    // A comment head in the middle of a story (a box pasted into the text): the story
    // goes on with a reporting formula, so nothing after the head is presumed a comment.
    // Weak news evidence ("on Monday"), too weak to end a section that had begun.
    let rest = "Residents of the old town will get a letter on Monday with the dates of the work in their street.\n";
    let doc = format!("{ARTICLE}2 thoughts on \u{201c}Water mains to be replaced\u{201d}\n{rest}");
    assert!(kept(&doc, &[]).ends_with(rest));
}

#[test]
fn news_evidence_ends_a_section() {
    // A reporting formula after the comments: the page goes on with another story.
    let story = "The fire started in the early hours, a spokesman said.\n";
    let doc = format!("{ARTICLE}{PLAIN_THREAD}{story}");
    assert!(kept(&doc, &[]).ends_with(story));
}

#[test]
fn removed_comments_are_counted_as_comments() {
    // The two comments match no pattern; their place in the section names the category.
    let doc = format!("{ARTICLE}{PLAIN_THREAD}");
    let out = run(&["--stats"], doc.as_bytes());
    assert!(out.status.success());
    assert!(stderr(&out).contains("comments 3"), "{}", stderr(&out));
}
