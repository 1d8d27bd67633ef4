//! Terraform: the syntax tree shared by `.tf` and `.tf.json`, evaluation of
//! expressions, and extraction of ingress rules into the model.

pub mod eval;
pub mod extract;
pub mod json;
pub mod syntax;
