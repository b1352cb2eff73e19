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

fn kept(input: &str, args: &[&str]) -> String {
    let out = run(args, input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn comments_after_the_article_are_removed_and_the_article_kept() {
    let doc = format!("{ARTICLE}{THREAD}");
    assert_eq!(kept(&doc, &[]), ARTICLE);
}

#[test]
fn explain_names_the_comment_section() {
    let doc = format!("{ARTICLE}{THREAD}");
    let explained = kept(&doc, &["--explain"]);
    assert!(
        explained.contains("comment_section"),
        "no comment_section in:\n{explained}"
    );
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
        message.contains("expected opener, closer, thread or none"),
        "{message}"
    );
}
