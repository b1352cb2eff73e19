//! The one integration-test binary: the command line, the invariants, fixtures and one
//! regression test per bug.

mod adversarial;
mod cli;
mod comments;
mod corpus;
mod encoding;
mod explain_terms;
mod fixtures;
mod invariants;
mod lang_patterns;
mod language_detection;
mod language_pairs;
mod learn_eval;
mod learned_model;
mod lexicons;
mod manners;
mod model;
mod site_learning;
mod story_lists;
mod util;
mod wet;
