//! Parsers that keep a byte span on every node.

pub mod hcl;
pub mod json;
pub mod tree;
pub mod yaml;
