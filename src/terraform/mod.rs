//! Terraform: the syntax tree shared by `.tf` and `.tf.json`, evaluation of
//! expressions and functions, modules and their inputs, and extraction of
//! ingress rules into the model.

pub mod eval;
pub mod extract;
pub mod functions;
pub mod json;
pub mod load;
pub mod models;
pub mod module;
pub mod overrides;
pub mod plan;
pub mod syntax;
pub mod types;
pub mod values;
