//! Diagnostics every stage uses: the build error (what went wrong, where in
//! the document, what to do), the warnings a maintainer should read, and
//! JSON pointers.

use std::fmt;

/// A problem with the OpenAPI document that stops code generation.
///
/// `pointer` is an RFC 6901 JSON pointer into the document (`""` is the root),
/// so the message can be pasted into a YAML/JSON viewer to find the spot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError {
    pub pointer: String,
    pub problem: String,
    pub hint: String,
}

impl SpecError {
    pub fn new(pointer: &str, problem: impl Into<String>, hint: impl Into<String>) -> Self {
        SpecError {
            pointer: pointer.to_owned(),
            problem: problem.into(),
            hint: hint.into(),
        }
    }
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        write!(f, "at JSON pointer `{at}`: {}", self.problem)?;
        if !self.hint.is_empty() {
            write!(f, "\n  what to do: {}", self.hint)?;
        }
        Ok(())
    }
}

impl std::error::Error for SpecError {}

/// Messages that do not stop the build but a maintainer should read.
#[derive(Debug, Default)]
pub struct Warnings(pub Vec<String>);

impl Warnings {
    pub fn push(&mut self, pointer: &str, message: impl AsRef<str>) {
        self.0.push(format!("{pointer}: {}", message.as_ref()));
    }
}

/// Appends one reference token to a JSON pointer, escaping `~` and `/`.
pub fn child(pointer: &str, token: &str) -> String {
    format!("{pointer}/{}", escape(token))
}

/// A JSON pointer reference token: `~` → `~0`, `/` → `~1` (RFC 6901).
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// The inverse of [`escape`].
pub fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn child_escapes_slash_and_tilde() {
        assert_eq!(child("/paths", "/auth/a~b"), "/paths/~1auth~1a~0b");
        assert_eq!(unescape(&escape("/a~1/b~")), "/a~1/b~");
    }

    #[test]
    fn display_names_pointer_and_hint() {
        let e = SpecError::new("/x", "bad thing", "fix it");
        assert_eq!(
            e.to_string(),
            "at JSON pointer `/x`: bad thing\n  what to do: fix it"
        );
    }
}
