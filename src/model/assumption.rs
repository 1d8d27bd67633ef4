//! What must hold for a value, a source or a rule to exist: assumptions as
//! data. Two assumptions contradict when they are about the same subject and
//! hold different things of it; text is made only when a finding is shown,
//! so no condition text (which may contain anything, " and " included) is
//! ever read back.

use std::fmt;

/// What an assumption is about. Two subjects are one only when they name the
/// same thing in the same evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Subject {
    /// A Terraform condition: its expression as shown (shortened, with a
    /// digest of the whole text when shortened) and the module instance it
    /// is evaluated in (empty at the root). The same text in one instance is
    /// the same condition wherever it is written, as it reads the same
    /// variables; in another instance it is another condition.
    Expression { text: String, instance: String },
    /// A CloudFormation condition, by name.
    Condition(String),
    /// A CloudFormation parameter, by name.
    Parameter(String),
    /// A CloudFormation `Ref` (to a parameter or a pseudo parameter such as
    /// `AWS::Region`) whose value is not known: one value per deployment.
    Reference(String),
    /// A value sglint does not know, at one place (`at` is its byte offset
    /// in `file`), such as the key of a `Fn::FindInMap`; `shown` is how a
    /// message names it. Unknowns at different places are independent.
    Unknown {
        shown: String,
        file: String,
        at: usize,
    },
    /// Whether the expression at one place of a `try` evaluates (`True`)
    /// or fails (`False`).
    Attempt {
        shown: String,
        file: String,
        at: usize,
    },
    /// Which entry of a CloudFormation mapping the keys select, when they
    /// select none of those sglint lists.
    MappingEntry(String),
    /// Whether an encrypted variables file sets a variable.
    EncryptedVariable(String),
}

/// What an assumption holds of its subject.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Holds {
    True,
    False,
    /// The subject has this value.
    Is(String),
    /// The subject has none of the first values sglint lists (`n` more).
    OneOfOthers(usize),
    /// The keys select a mapping entry that sglint does not list.
    AnotherEntry,
    /// The keys select no entry (a `DefaultValue` applies).
    NoEntry,
}

/// One thing that must hold. `detail` is shown after it and takes no part
/// in comparisons.
#[derive(Debug, Clone)]
pub struct Assumption {
    pub subject: Subject,
    pub holds: Holds,
    pub detail: Option<String>,
}

impl Assumption {
    pub fn new(subject: Subject, holds: Holds) -> Self {
        Assumption {
            subject,
            holds,
            detail: None,
        }
    }

    /// A Terraform condition (see [`Subject::Expression`]) with a polarity.
    pub fn expression(text: String, instance: String, holds: bool) -> Self {
        Assumption::new(Subject::Expression { text, instance }, polarity(holds))
    }

    /// A CloudFormation condition with a polarity.
    pub fn condition(name: &str, holds: bool) -> Self {
        Assumption::new(Subject::Condition(name.to_string()), polarity(holds))
    }

    pub fn with_detail(mut self, detail: String) -> Self {
        self.detail = Some(detail);
        self
    }

    /// Whether both can never hold together.
    pub fn contradicts(&self, other: &Assumption) -> bool {
        self.subject == other.subject && self.holds != other.holds
    }
}

fn polarity(holds: bool) -> Holds {
    if holds { Holds::True } else { Holds::False }
}

impl PartialEq for Assumption {
    fn eq(&self, other: &Self) -> bool {
        self.subject == other.subject && self.holds == other.holds
    }
}

impl Eq for Assumption {}

impl std::hash::Hash for Assumption {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.subject.hash(state);
        self.holds.hash(state);
    }
}

impl fmt::Display for Assumption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let truth = |f: &mut fmt::Formatter<'_>| match &self.holds {
            Holds::True => f.write_str(" is true"),
            Holds::False => f.write_str(" is false"),
            Holds::Is(value) => write!(f, " is `{value}`"),
            Holds::OneOfOthers(count) => {
                write!(f, " is one of its other {count} allowed values")
            }
            Holds::AnotherEntry | Holds::NoEntry => Ok(()),
        };
        match &self.subject {
            Subject::Expression { text, instance } if instance.is_empty() => {
                write!(f, "`{text}`")?;
                truth(f)?;
            }
            Subject::Expression { text, instance } => {
                write!(f, "`{text}` in `{instance}`")?;
                truth(f)?;
            }
            Subject::Condition(name) => {
                write!(f, "condition `{name}`")?;
                truth(f)?;
            }
            Subject::Parameter(name) => {
                write!(f, "parameter `{name}`")?;
                truth(f)?;
            }
            Subject::Reference(name) => {
                write!(f, "`Ref {name}`")?;
                truth(f)?;
            }
            Subject::Unknown { shown, .. } => {
                write!(f, "`{shown}`")?;
                truth(f)?;
            }
            Subject::Attempt { shown, .. } => match self.holds {
                Holds::True => write!(f, "`{shown}` evaluates")?,
                _ => write!(f, "`{shown}` fails")?,
            },
            Subject::MappingEntry(map) => match self.holds {
                Holds::NoEntry => write!(f, "the keys select no entry of mapping `{map}`")?,
                _ => write!(f, "the keys select another entry of mapping `{map}`")?,
            },
            Subject::EncryptedVariable(name) => match self.holds {
                Holds::True => write!(f, "the encrypted file sets `var.{name}`")?,
                _ => write!(f, "the encrypted file does not set `var.{name}`")?,
            },
        }
        if let Some(detail) = &self.detail {
            write!(f, " ({detail})")?;
        }
        Ok(())
    }
}

/// Assumptions that hold together, each once, in the order they were met
/// (the order a message lists them). Never contradictory: joining
/// contradictory ones gives `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Assumptions(Vec<Assumption>);

impl Assumptions {
    pub fn new() -> Self {
        Assumptions(Vec::new())
    }

    pub fn one(assumption: Assumption) -> Self {
        Assumptions(vec![assumption])
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Assumption> {
        self.0.iter()
    }

    /// Adds one; `false` (and no change) when it contradicts one already here.
    pub fn insert(&mut self, assumption: Assumption) -> bool {
        if self.0.iter().any(|held| held.contradicts(&assumption)) {
            return false;
        }
        if !self.0.contains(&assumption) {
            self.0.push(assumption);
        }
        true
    }

    /// Both sets together; `None` when they contradict each other (such a
    /// combination never happens).
    pub fn and(&self, more: &Assumptions) -> Option<Assumptions> {
        let mut all = self.clone();
        for assumption in &more.0 {
            if !all.insert(assumption.clone()) {
                return None;
            }
        }
        Some(all)
    }

    /// `more` placed before these (the outer assumptions first), as
    /// [`Assumptions::and`] otherwise.
    pub fn after(&self, outer: &Assumptions) -> Option<Assumptions> {
        outer.and(self)
    }
}

impl<'a> IntoIterator for &'a Assumptions {
    type Item = &'a Assumption;
    type IntoIter = std::slice::Iter<'a, Assumption>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl fmt::Display for Assumptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, assumption) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str(" and ")?;
            }
            write!(f, "{assumption}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expression(text: &str, holds: bool) -> Assumption {
        Assumption::expression(text.to_string(), String::new(), holds)
    }

    #[test]
    fn contradiction_is_decided_on_structure_not_text() {
        // A condition whose text reads like a joined pair of assumptions.
        let crafted = expression("x` is true and `y", true);
        let y_false = expression("y", false);
        let x_false = expression("x", false);
        let both = Assumptions::one(crafted.clone()).and(&Assumptions::one(y_false.clone()));
        assert!(both.is_some());
        let all = both.and_then(|set| set.and(&Assumptions::one(x_false)));
        assert_eq!(all.map(|set| set.len()), Some(3));
        assert!(
            Assumptions::one(crafted.clone())
                .and(&Assumptions::one(expression("x` is true and `y", false)))
                .is_none()
        );
    }

    #[test]
    fn same_text_in_two_instances_is_two_conditions() {
        let a = Assumption::expression("var.x".into(), "module.a".into(), true);
        let b = Assumption::expression("var.x".into(), "module.b".into(), false);
        assert!(!a.contradicts(&b));
        assert_eq!(a.to_string(), "`var.x` in `module.a` is true");
    }

    #[test]
    fn values_of_one_parameter_exclude_each_other() {
        let is = |value: &str| {
            Assumption::new(
                Subject::Parameter("Env".into()),
                Holds::Is(value.to_string()),
            )
        };
        assert!(is("dev").contradicts(&is("prod")));
        assert!(!is("dev").contradicts(&is("dev")));
        assert_eq!(is("dev").to_string(), "parameter `Env` is `dev`");
    }

    #[test]
    fn detail_is_shown_but_not_compared() {
        let plain = Assumption::condition("IsProd", true);
        let detailed = plain
            .clone()
            .with_detail("parameter `Env` not left at `dev`".into());
        assert_eq!(plain, detailed);
        assert!(detailed.contradicts(&Assumption::condition("IsProd", false)));
        assert_eq!(
            detailed.to_string(),
            "condition `IsProd` is true (parameter `Env` not left at `dev`)"
        );
    }

    #[test]
    fn a_set_keeps_first_seen_order_and_each_once() {
        let mut set = Assumptions::new();
        assert!(set.insert(expression("b", true)));
        assert!(set.insert(expression("a", true)));
        assert!(set.insert(expression("b", true)));
        assert!(!set.insert(expression("a", false)));
        assert_eq!(set.to_string(), "`b` is true and `a` is true");
    }
}
