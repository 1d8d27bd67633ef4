//! sglint: finds security-group rules that open ports to the whole internet
//! in infrastructure-as-code, before anything reaches AWS.
//!
//! The pipeline, one module per stage:
//! `discover` → `parse` (with spans) → `terraform` (extract into `model`)
//! → `exposure` + `rules` → `report`.

pub mod baseline;
pub mod cli;
pub mod cloudformation;
pub mod config;
pub mod discover;
pub mod exposure;
pub mod fuzzing;
pub mod model;
pub mod parse;
pub mod paths;
pub mod read;
pub mod report;
pub mod rules;
pub mod scan;
pub mod source;
pub mod suppress;
pub mod terraform;
pub mod value;
