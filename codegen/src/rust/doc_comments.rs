//! The document's descriptions and titles become doc comments, and rustdoc
//! reads doc comments as Markdown with Rust in it. Two things in Dfns's
//! text would go wrong there:
//!
//! - Prose indented by four spaces (an artefact of how the text was
//!   written) is an indented code block, which rustdoc compiles as a Rust
//!   doctest: `cargo test` fails on English. Such blocks become paragraphs
//!   again, and a fence rustdoc would take for Rust (no language, `rust`,
//!   `ignore`, …) becomes `text`: nothing generated is a doctest.
//! - `<Deprecated> Password` or `Array<String>` read as HTML tags, so the
//!   words vanish from the page. A `<` before a letter or `/` is escaped
//!   (`\<`), outside code; `<https://…>` links stay links.

use syn::visit_mut::{self, VisitMut};

/// Rewrites every `#[doc = "…"]` of the file (see the module docs).
pub fn make_doc_comments_safe(file: &mut syn::File) {
    Docs.visit_file_mut(file);
}

struct Docs;

impl VisitMut for Docs {
    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        if let syn::Meta::NameValue(nv) = &mut attr.meta {
            if nv.path.is_ident("doc") {
                if let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(text),
                    ..
                }) = &mut nv.value
                {
                    let safe = markdown_safe(&text.value());
                    if safe != text.value() {
                        *text = syn::LitStr::new(&safe, text.span());
                    }
                }
            }
        }
        visit_mut::visit_attribute_mut(self, attr);
    }
}

/// The leading columns of a line (a tab counts four) and the rest.
fn indentation(line: &str) -> (usize, &str) {
    let rest = line.trim_start_matches([' ', '\t']);
    let columns = line[..line.len() - rest.len()]
        .chars()
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum();
    (columns, rest)
}

/// An open code fence: its character and length.
struct Fence {
    marker: char,
    length: usize,
}

fn fence_of(rest: &str) -> Option<Fence> {
    let marker = rest.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let length = rest.chars().take_while(|c| *c == marker).count();
    (length >= 3).then_some(Fence { marker, length })
}

/// Markdown that rustdoc neither compiles nor strips (see the module docs).
pub(crate) fn markdown_safe(text: &str) -> String {
    let mut out = Vec::new();
    let mut fence: Option<Fence> = None;
    let mut after_blank = true;
    let mut in_indented_block = false;
    for line in text.split('\n') {
        let (columns, rest) = indentation(line);
        if let Some(open) = &fence {
            let closes = columns < 4
                && fence_of(rest)
                    .is_some_and(|f| f.marker == open.marker && f.length >= open.length)
                && rest.trim_start_matches(open.marker).trim().is_empty();
            if closes {
                fence = None;
            }
            out.push(line.to_owned());
            // An indented block may follow a closing fence directly.
            after_blank = closes;
            continue;
        }
        if columns < 4 {
            if let Some(open) = fence_of(rest) {
                let info = rest[open.length..].trim();
                out.push(if is_compiled_rust(info) {
                    let indent = &line[..line.len() - rest.len()];
                    format!("{indent}{}text", &rest[..open.length])
                } else {
                    line.to_owned()
                });
                fence = Some(open);
                after_blank = false;
                in_indented_block = false;
                continue;
            }
        }
        if rest.is_empty() {
            out.push(line.to_owned());
            after_blank = true;
            continue;
        }
        if columns >= 4 && (after_blank || in_indented_block) {
            // An indented code block in Markdown: here, indented prose.
            in_indented_block = true;
            out.push(escape_tags(rest));
            after_blank = false;
        } else {
            in_indented_block = false;
            out.push(escape_tags(line));
            // A heading or a rule ends its block: an indented block may follow.
            after_blank = columns < 4 && (rest.starts_with('#') || is_thematic_break(rest));
        }
    }
    out.join("\n")
}

/// Whether rustdoc takes a fence with this info string as a doctest: no
/// language, `rust`, or only rustdoc's attributes (`no_run`, `ignore`, …).
/// progenitor's own examples are `ignore` (placeholders, not code that
/// compiles): as `text` they are not reported as 158 ignored tests.
fn is_compiled_rust(info: &str) -> bool {
    info.split([',', ' ', '\t'])
        .filter(|w| !w.is_empty())
        .all(|word| {
            matches!(
                word,
                "rust"
                    | "ignore"
                    | "no_run"
                    | "should_panic"
                    | "compile_fail"
                    | "test_harness"
                    | "standalone_crate"
            ) || word.starts_with("edition")
        })
}

/// `***`, `---` or `___` (spaces allowed between).
fn is_thematic_break(rest: &str) -> bool {
    let marks: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3
        && ['*', '-', '_']
            .iter()
            .any(|m| marks.chars().all(|c| c == *m))
}

/// `line` with each `<` that would open an HTML tag escaped, outside
/// inline code.
fn escape_tags(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut code_ticks = 0; // the backtick run that opened the current code span
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '`' {
            let mut run = 1;
            while chars.peek().is_some_and(|(_, c)| *c == '`') {
                chars.next();
                run += 1;
            }
            if code_ticks == 0 {
                code_ticks = run;
            } else if code_ticks == run {
                code_ticks = 0;
            }
            out.push_str(&"`".repeat(run));
            continue;
        }
        if c == '<' && code_ticks == 0 {
            let after = &line[i + 1..];
            let opens_tag = after.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/');
            let is_link = after.starts_with("http://") || after.starts_with("https://");
            let escaped = i > 0 && line[..i].ends_with('\\');
            if opens_tag && !is_link && !escaped {
                out.push('\\');
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indented_prose_is_a_paragraph_not_a_doctest() {
        let text = "Transfer Asset\n\n\n    Transfer an asset out.\n    For example, use Wei.\n\n    See below.\n\nSends a `POST`";
        assert_eq!(
            markdown_safe(text),
            "Transfer Asset\n\n\nTransfer an asset out.\nFor example, use Wei.\n\nSee below.\n\nSends a `POST`"
        );
        // At the very start too.
        assert_eq!(markdown_safe("    This action kind"), "This action kind");
        // A continuation line of a paragraph is not a code block: kept.
        assert_eq!(markdown_safe("a\n    b"), "a\n    b");
    }

    #[test]
    fn fences_keep_their_language_and_rust_ones_are_not_run() {
        let json = "```json\n{\n    \"a\": \"<b>\"\n}\n```";
        assert_eq!(markdown_safe(json), json);
        assert_eq!(markdown_safe("```\nx\n```"), "```text\nx\n```");
        assert_eq!(
            markdown_safe("  ~~~~rust\nfn\n~~~~"),
            "  ~~~~text\nfn\n~~~~"
        );
        // progenitor's own examples are `ignore`: text, not ignored tests.
        let ignored = "```ignore\nlet x = client.a()\n    .b();\n```";
        assert_eq!(
            markdown_safe(ignored),
            "```text\nlet x = client.a()\n    .b();\n```"
        );
        // Inside a fence, indentation is code, not prose.
        assert_eq!(
            markdown_safe("```json\n\n    {}\n```\n\n    x"),
            "```json\n\n    {}\n```\n\nx"
        );
        // Attributes alone mean Rust.
        for info in ["no_run", "should_panic", "edition2021", "rust,no_run"] {
            assert_eq!(
                markdown_safe(&format!("```{info}\nx\n```")),
                "```text\nx\n```",
                "{info}"
            );
        }
        assert_eq!(markdown_safe("```rust,ignore\nx\n```"), "```text\nx\n```");
    }

    #[test]
    fn an_indented_block_after_a_heading_fence_or_rule_is_prose_too() {
        assert_eq!(markdown_safe("# Title\n    prose"), "# Title\nprose");
        assert_eq!(
            markdown_safe("```json\n{}\n```\n    prose"),
            "```json\n{}\n```\nprose"
        );
        assert_eq!(markdown_safe("---\n    prose"), "---\nprose");
        // A `-` list item is not a rule: its continuation stays.
        assert_eq!(markdown_safe("- item\n    more"), "- item\n    more");
    }

    #[test]
    fn words_in_angle_brackets_stay_visible() {
        assert_eq!(
            markdown_safe("<Deprecated> Password"),
            "\\<Deprecated> Password"
        );
        assert_eq!(
            markdown_safe("an Array<String> or <Warning>x</Warning>"),
            "an Array\\<String> or \\<Warning>x\\</Warning>"
        );
        for kept in [
            "see <https://docs.dfns.co>",
            "a `Vec<T>` in code",
            "``a `<b>` c``",
            "1 < 2 and a <= b",
            "already \\<escaped>",
        ] {
            assert_eq!(markdown_safe(kept), kept);
        }
    }
}
