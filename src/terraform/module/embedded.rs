//! CloudFormation templates that Terraform deploys inline
//! (`aws_cloudformation_stack.template_body`), collected for the template
//! checker.

use std::sync::Arc;

use crate::model::Location;
use crate::source::SourceFile;
use crate::terraform::eval::Scope;
use crate::terraform::syntax::Block;
use crate::value::Value;

use super::expansion::budgeted_instances;
use super::{CallContext, Evaluation};

/// A CloudFormation template that a Terraform resource deploys inline
/// (`aws_cloudformation_stack.template_body`), for the CloudFormation front
/// end to check with the `parameters` given.
#[derive(Debug)]
pub struct EmbeddedTemplate {
    /// The resource's address, e.g. `aws_cloudformation_stack.network`.
    pub address: String,
    /// The `template_body` attribute.
    pub attribute: Location,
    /// Where the template's text stands verbatim in the file (a heredoc
    /// without interpolation): findings then point at its lines.
    pub verbatim: Option<crate::source::Span>,
    /// The evaluated body: a string when it is known.
    pub body: Value,
    /// The evaluated `parameters` map, when written.
    pub parameters: Option<Value>,
    pub via_call: bool,
}

/// The templates an `aws_cloudformation_stack` block deploys, one per
/// instance (a `template_url` is remote and not read).
pub(super) fn embedded_templates(
    block: &Block,
    scope: &Scope,
    base: &str,
    call: &CallContext,
    evaluation: &mut Evaluation,
) {
    let Some(body) = block.body.attribute("template_body") else {
        return;
    };
    let location = Location::new(scope.file, block.span);
    let verbatim = verbatim_heredoc(scope.file, &body.value);
    for (instance_scope, address, _) in
        budgeted_instances(block, scope, base, call.budget, &location, evaluation)
    {
        evaluation.templates.push(EmbeddedTemplate {
            address,
            attribute: Location::new(scope.file, body.value.span),
            verbatim,
            body: instance_scope.eval(&body.value),
            parameters: block
                .body
                .attribute("parameters")
                .map(|parameters| instance_scope.eval(&parameters.value)),
            via_call: call.via_call,
        });
    }
}

/// The content of a heredoc without interpolation (`<<EOT` or `<<-EOT`),
/// as written in the file.
pub(super) fn verbatim_heredoc(
    file: &Arc<SourceFile>,
    expr: &crate::terraform::syntax::Expr,
) -> Option<crate::source::Span> {
    if !matches!(expr.kind, crate::terraform::syntax::ExprKind::String(_)) {
        return None;
    }
    let text = file.text.get(expr.span.start..expr.span.end)?;
    if !text.starts_with("<<") {
        return None;
    }
    let first_line = text.find('\n')? + 1;
    let last_line = text.trim_end().rfind('\n')?;
    (first_line <= last_line).then(|| {
        crate::source::Span::new(expr.span.start + first_line, expr.span.start + last_line)
    })
}
