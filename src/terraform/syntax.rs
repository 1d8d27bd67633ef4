//! A span-carrying tree of Terraform configuration, shared by the native
//! syntax (`.tf`) and the JSON syntax (`.tf.json`) front ends, so extraction
//! and evaluation are written once.

use crate::source::Span;

#[derive(Debug, Clone, Default)]
pub struct Body {
    pub attributes: Vec<Attribute>,
    pub blocks: Vec<Block>,
}

impl Body {
    pub fn attribute(&self, key: &str) -> Option<&Attribute> {
        self.attributes
            .iter()
            .find(|attribute| attribute.key == key)
    }

    pub fn blocks<'a>(&'a self, ident: &'a str) -> impl Iterator<Item = &'a Block> + 'a {
        self.blocks.iter().filter(move |block| block.ident == ident)
    }
}

#[derive(Debug, Clone)]
pub struct Attribute {
    pub key: String,
    pub key_span: Span,
    pub value: Expr,
    /// From the key to the end of the value.
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Label {
    pub value: String,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Block {
    pub ident: String,
    pub ident_span: Span,
    pub labels: Vec<Label>,
    pub body: Body,
    pub span: Span,
}

impl Block {
    pub fn label(&self, index: usize) -> Option<&str> {
        self.labels.get(index).map(|label| label.value.as_str())
    }
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    /// A string with interpolations or directives.
    Template(Vec<TemplatePart>),
    Tuple(Vec<Expr>),
    Object(Vec<(ObjectKey, Expr)>),
    /// A bare name: `var`, `local`, `count`, `each`, a resource type.
    Variable(String),
    Traversal {
        base: Box<Expr>,
        operators: Vec<TraversalOperator>,
    },
    FuncCall {
        name: String,
        args: Vec<Expr>,
        expand_final: bool,
    },
    Conditional {
        condition: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
    Unary {
        operator: &'static str,
        operand: Box<Expr>,
    },
    Binary {
        operator: &'static str,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    For(Box<ForExpr>),
    Parenthesis(Box<Expr>),
    /// An expression written in another file than the block around it (an
    /// attribute an override file merged in): its spans are in that file.
    InFile(std::sync::Arc<crate::source::SourceFile>, Box<Expr>),
}

#[derive(Debug, Clone)]
pub enum TemplatePart {
    Literal(String),
    Interpolation(Expr),
    /// `%{if}` / `%{for}`: kept as a span; its value is not modelled.
    Directive(Span),
}

#[derive(Debug, Clone)]
pub enum ObjectKey {
    Ident(String, Span),
    Expr(Expr),
}

impl ObjectKey {
    /// The key's name when it is written as a plain identifier or string.
    pub fn name(&self) -> Option<&str> {
        match self {
            ObjectKey::Ident(name, _) => Some(name),
            ObjectKey::Expr(Expr {
                kind: ExprKind::String(name),
                ..
            }) => Some(name),
            ObjectKey::Expr(_) => None,
        }
    }
}

#[derive(Debug, Clone)]
pub enum TraversalOperator {
    Attr(String, Span),
    Index(Expr),
    AttrSplat,
    FullSplat,
}

#[derive(Debug, Clone)]
pub struct ForExpr {
    pub key_var: Option<String>,
    pub value_var: String,
    pub collection: Expr,
    pub key: Option<Expr>,
    pub value: Expr,
    pub condition: Option<Expr>,
    pub grouping: bool,
}

impl Expr {
    /// The object's entries when this is an object expression.
    pub fn as_object(&self) -> Option<&[(ObjectKey, Expr)]> {
        match &self.kind {
            ExprKind::Object(entries) => Some(entries),
            _ => None,
        }
    }

    /// The value of `key` when this is an object expression.
    pub fn object_field(&self, key: &str) -> Option<&Expr> {
        self.as_object()?
            .iter()
            .find(|(k, _)| k.name() == Some(key))
            .map(|(_, value)| value)
    }
}
