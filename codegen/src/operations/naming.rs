//! Rust method names for operations.
//!
//! A name is the snake_case of the `operationId` when the document has one,
//! else of the `summary`, else of the method and path. `createCredentialCode`
//! and "Create Credential Code" both give `create_credential_code`, so an
//! operation keeps its name when upstream starts (or stops) sending ids.
//!
//! Operations that end up with the same name (the full API has "Generate
//! Signature" under both Keys and Wallets) are all renamed to
//! `<first tag>_<name>` (`keys_generate_signature`,
//! `wallets_generate_signature`); if that still collides, `_<method>_<path>`
//! is appended. Only the members of a colliding group change, so adding or
//! removing an unrelated operation never renames anything.

use std::collections::BTreeMap;

use heck::ToSnakeCase;

/// What naming needs to know about one operation.
#[derive(Debug, Clone)]
pub struct NameInput<'a> {
    pub operation_id: Option<&'a str>,
    pub summary: Option<&'a str>,
    pub method: &'a str,
    pub path: &'a str,
    pub first_tag: Option<&'a str>,
}

/// Turns any text into a valid, lower snake_case Rust identifier.
pub fn to_identifier(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let mut name = cleaned.to_snake_case();
    if name.is_empty() {
        name.push_str("operation");
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, "op_");
    }
    if is_keyword(&name) {
        name.push('_');
    }
    name
}

fn is_keyword(name: &str) -> bool {
    matches!(
        name,
        "as" | "async"
            | "await"
            | "break"
            | "const"
            | "continue"
            | "crate"
            | "dyn"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "abstract"
            | "become"
            | "box"
            | "do"
            | "final"
            | "macro"
            | "override"
            | "priv"
            | "typeof"
            | "unsized"
            | "virtual"
            | "yield"
            | "try"
            | "gen"
    )
}

/// The name before collisions are resolved.
pub fn base_name(op: &NameInput) -> String {
    match (op.operation_id, op.summary) {
        (Some(id), _) if !id.trim().is_empty() => to_identifier(id),
        (_, Some(summary)) if !summary.trim().is_empty() => to_identifier(summary),
        _ => method_path_name(op),
    }
}

fn method_path_name(op: &NameInput) -> String {
    to_identifier(&format!("{} {}", op.method, op.path))
}

/// A name given to an operation, and whether it had to be disambiguated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    /// The colliding base name, when this one was renamed.
    pub renamed_from: Option<String>,
}

/// Names every operation; the result is in input order.
pub fn assign_names(ops: &[NameInput]) -> Vec<Named> {
    let bases: Vec<String> = ops.iter().map(base_name).collect();
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for b in &bases {
        *count.entry(b).or_default() += 1;
    }
    let mut names: Vec<Named> = ops
        .iter()
        .zip(&bases)
        .map(|(op, base)| {
            if count[base.as_str()] == 1 {
                return Named {
                    name: base.clone(),
                    renamed_from: None,
                };
            }
            let name = match op.first_tag.map(to_identifier) {
                Some(tag) if !base.starts_with(&format!("{tag}_")) => format!("{tag}_{base}"),
                _ => format!("{base}_{}", method_path_name(op)),
            };
            Named {
                name,
                renamed_from: Some(base.clone()),
            }
        })
        .collect();
    // Second round: a tag prefix that still collides gets method and path.
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for n in &names {
        *count.entry(n.name.clone()).or_default() += 1;
    }
    for (named, op) in names.iter_mut().zip(ops) {
        if count[&named.name] > 1 {
            named.renamed_from.get_or_insert_with(|| named.name.clone());
            named.name = format!("{}_{}", named.name, method_path_name(op));
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op<'a>(
        id: Option<&'a str>,
        summary: Option<&'a str>,
        tag: &'a str,
        path: &'a str,
    ) -> NameInput<'a> {
        NameInput {
            operation_id: id,
            summary,
            method: "post",
            path,
            first_tag: Some(tag),
        }
    }

    #[test]
    fn operation_id_and_summary_agree() {
        let from_id = base_name(&op(Some("createCredentialCode"), None, "Auth", "/x"));
        let from_summary = base_name(&op(None, Some("Create Credential Code"), "Auth", "/x"));
        assert_eq!(from_id, "create_credential_code");
        assert_eq!(from_summary, "create_credential_code");
    }

    #[test]
    fn operation_id_wins_over_summary() {
        let name = base_name(&op(
            Some("listWallets"),
            Some("Something Else"),
            "Wallets",
            "/w",
        ));
        assert_eq!(name, "list_wallets");
    }

    #[test]
    fn method_and_path_when_nothing_else() {
        let name = base_name(&op(
            None,
            None,
            "Auth",
            "/auth/credentials/{credentialId}/code",
        ));
        assert_eq!(name, "post_auth_credentials_credential_id_code");
    }

    #[test]
    fn punctuation_digits_and_keywords_make_identifiers() {
        assert_eq!(to_identifier("Get User's Info (v2)"), "get_user_s_info_v2");
        assert_eq!(to_identifier("2FA setup"), "op_2fa_setup");
        assert_eq!(to_identifier("type"), "type_");
    }

    #[test]
    fn twins_get_tag_prefixes_and_others_keep_their_names() {
        let ops = [
            op(
                None,
                Some("Generate Signature"),
                "Keys",
                "/keys/{keyId}/signatures",
            ),
            op(
                None,
                Some("Generate Signature"),
                "Wallets",
                "/wallets/{walletId}/signatures",
            ),
            op(None, Some("Create Wallet"), "Wallets", "/wallets"),
        ];
        let names: Vec<String> = assign_names(&ops).into_iter().map(|n| n.name).collect();
        assert_eq!(
            names,
            [
                "keys_generate_signature",
                "wallets_generate_signature",
                "create_wallet"
            ]
        );
    }

    #[test]
    fn same_tag_twins_fall_back_to_method_and_path() {
        let ops = [
            op(None, Some("Get Thing"), "Misc", "/a"),
            op(None, Some("Get Thing"), "Misc", "/b"),
        ];
        let names: Vec<String> = assign_names(&ops).into_iter().map(|n| n.name).collect();
        assert_eq!(names, ["misc_get_thing_post_a", "misc_get_thing_post_b"]);
    }

    #[test]
    fn names_do_not_depend_on_unrelated_operations() {
        let a = [op(None, Some("Create Wallet"), "Wallets", "/wallets")];
        let b = [
            op(None, Some("List Keys"), "Keys", "/keys"),
            op(None, Some("Create Wallet"), "Wallets", "/wallets"),
        ];
        assert_eq!(assign_names(&a)[0].name, assign_names(&b)[1].name);
    }
}
