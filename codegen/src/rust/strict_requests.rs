//! Request types refuse keys they do not have.
//!
//! serde ignores an unknown key unless told otherwise, so a request body
//! read from JSON (a queued payment, `dfns::to_request`, a test fixture)
//! silently lost whatever its type has no field for. Worse, an untagged
//! union picks the first variant whose fields are all present:
//! `{"kind":"Withdraw","protocol":"Babylon","amount":"5"}` became the
//! `Withdraw` variant, which has no `amount`, and was signed and sent
//! without it (issue 25). Every struct and union only requests contain gets
//! `#[serde(deny_unknown_fields)]`, so such a body either keeps every key
//! or is refused before anything is signed; an untagged union then takes
//! the variant that has all the keys, or none.
//!
//! serde cannot deny unknown keys beside a `#[serde(flatten)]` field; such
//! types are returned so the build can say so. Types responses contain
//! too keep decoding what a newer server sends.
//!
//! In an internally tagged enum serde reads a unit variant (`Block`, only
//! its tag) without looking at the other keys, even with
//! `deny_unknown_fields`: `{"kind":"Block","approvalGroups":[…]}` was a
//! block without its approval groups. Such a request-only enum's unit
//! variants become empty struct variants (`Block {}`), which refuse them;
//! they serialize the same (`{"kind":"Block"}`).

use std::collections::{BTreeMap, BTreeSet};

use syn::visit_mut::{self, VisitMut};
use syn::{parse_quote, Attribute, Expr, Fields, Item, Pat};

use crate::rust::layout::{has_serde_word, types_items_mut};

/// What the pass did.
#[derive(Debug, Default, PartialEq)]
pub struct Strictness {
    /// Types given `deny_unknown_fields`.
    pub denied: BTreeSet<String>,
    /// Request-only types with a `flatten` field, left as they were.
    pub flattened: BTreeSet<String>,
}

/// Adds `#[serde(deny_unknown_fields)]` to the structs with named fields and
/// the enums with struct variants among `request_only`.
pub fn deny_unknown_keys(file: &mut syn::File, request_only: &BTreeSet<String>) -> Strictness {
    let mut done = Strictness::default();
    let mut emptied = BTreeMap::new();
    let Some(types) = types_items_mut(file) else {
        return done;
    };
    for item in types.iter_mut() {
        let (name, attrs, fields): (String, &mut Vec<Attribute>, Vec<&Fields>) = match item {
            Item::Struct(s) => (s.ident.to_string(), &mut s.attrs, vec![&s.fields]),
            Item::Enum(e) => (
                e.ident.to_string(),
                &mut e.attrs,
                e.variants.iter().map(|v| &v.fields).collect(),
            ),
            _ => continue,
        };
        // A tagged enum (`tag = "kind"`, with or without `content`) reads
        // an object even when no variant has named fields.
        let reads_an_object =
            fields.iter().any(|f| matches!(f, Fields::Named(_))) || has_serde_word(attrs, "tag");
        if !request_only.contains(&name) || !reads_an_object {
            continue;
        }
        if has_serde_word(attrs, "deny_unknown_fields") || has_serde_word(attrs, "transparent") {
            empty_variants_read_strictly(item, &mut emptied);
            continue;
        }
        let flattened = fields
            .iter()
            .flat_map(|f| f.iter())
            .any(|field| has_serde_word(&field.attrs, "flatten"));
        if flattened {
            done.flattened.insert(name);
            continue;
        }
        attrs.push(parse_quote!(#[serde(deny_unknown_fields)]));
        done.denied.insert(name);
        empty_variants_read_strictly(item, &mut emptied);
    }
    // typify names such a variant as a value too: `Self::Block` in an
    // `impl Default`, `super::Action::Block` in `mod defaults`.
    if !emptied.is_empty() {
        UnitToEmpty {
            emptied: &emptied,
            current: None,
        }
        .visit_file_mut(file);
    }
    done
}

/// `Block` → `Block {}` in an internally tagged enum (`tag` without
/// `content`): the only way serde checks the keys beside a unit variant's tag.
/// Notes each variant it empties in `emptied` (enum → variants).
fn empty_variants_read_strictly(item: &mut Item, emptied: &mut BTreeMap<String, BTreeSet<String>>) {
    let Item::Enum(e) = item else { return };
    if !has_serde_word(&e.attrs, "tag") || has_serde_word(&e.attrs, "content") {
        return;
    }
    for variant in &mut e.variants {
        if matches!(variant.fields, Fields::Unit) {
            variant.fields = Fields::Named(parse_quote!({}));
            emptied
                .entry(e.ident.to_string())
                .or_default()
                .insert(variant.ident.to_string());
        }
    }
}

/// `Action::Block` (a value or a pattern) → `Action::Block {}` for each
/// emptied variant, `Self::Block` inside an impl of the enum too.
struct UnitToEmpty<'a> {
    emptied: &'a BTreeMap<String, BTreeSet<String>>,
    current: Option<String>,
}

impl UnitToEmpty<'_> {
    fn is_emptied(&self, path: &syn::Path) -> bool {
        let n = path.segments.len();
        if n < 2 {
            return false;
        }
        let owner = path.segments[n - 2].ident.to_string();
        let owner = if owner == "Self" {
            match &self.current {
                Some(current) => current.clone(),
                None => return false,
            }
        } else {
            owner
        };
        self.emptied
            .get(&owner)
            .is_some_and(|v| v.contains(&path.segments[n - 1].ident.to_string()))
    }
}

impl VisitMut for UnitToEmpty<'_> {
    fn visit_item_impl_mut(&mut self, imp: &mut syn::ItemImpl) {
        let previous = self.current.take();
        if let syn::Type::Path(p) = &*imp.self_ty {
            self.current = p.path.segments.last().map(|s| s.ident.to_string());
        }
        visit_mut::visit_item_impl_mut(self, imp);
        self.current = previous;
    }

    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::Path(p) = expr {
            if p.qself.is_none() && self.is_emptied(&p.path) {
                let path = &p.path;
                *expr = parse_quote!(#path {});
                return;
            }
        }
        visit_mut::visit_expr_mut(self, expr);
    }

    // typify writes defaults inside macros too (`vec![super::Action::Block]`):
    // arguments that parse as expressions are rewritten like any other.
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        use syn::parse::Parser;
        let parser = syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated;
        if let Ok(mut args) = parser.parse2(mac.tokens.clone()) {
            for arg in args.iter_mut() {
                self.visit_expr_mut(arg);
            }
            mac.tokens = quote::ToTokens::to_token_stream(&args);
        }
    }

    fn visit_pat_mut(&mut self, pat: &mut Pat) {
        if let Pat::Path(p) = pat {
            if p.qself.is_none() && self.is_emptied(&p.path) {
                let path = &p.path;
                *pat = Pat::Struct(syn::PatStruct {
                    attrs: Vec::new(),
                    qself: None,
                    path: path.clone(),
                    brace_token: Default::default(),
                    fields: Default::default(),
                    rest: None,
                });
                return;
            }
        }
        visit_mut::visit_pat_mut(self, pat);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn request_only_structs_and_unions_deny_unknown_keys() {
        let mut file: syn::File = syn::parse2(quote! {
            pub mod types {
                #[derive(::serde::Deserialize)]
                #[serde(untagged)]
                pub enum StakeBody {
                    Delegate { amount: String, kind: DelegateKind },
                    Withdraw { kind: WithdrawKind },
                }
                #[derive(::serde::Deserialize)]
                pub struct TransferBody { pub amount: String }
                #[derive(::serde::Deserialize)]
                #[serde(deny_unknown_fields)]
                pub struct Already { pub a: String }
                #[derive(::serde::Deserialize)]
                pub struct Swap { #[serde(flatten)] pub subtype: Option<Inner> }
                #[derive(::serde::Deserialize)]
                #[serde(transparent)]
                pub struct Id(String);
                #[derive(::serde::Deserialize)]
                pub enum WithdrawKind { Withdraw }
                #[derive(::serde::Deserialize)]
                #[serde(tag = "kind", content = "contract")]
                pub enum TargetAsset { Native, Erc20(String) }
                #[derive(::serde::Deserialize)]
                #[serde(tag = "kind", deny_unknown_fields)]
                pub enum Action { Block, Approve { groups: Vec<String> } }
                impl ::std::default::Default for Action {
                    fn default() -> Self { Self::Block }
                }
                impl Action {
                    pub fn blocks(&self) -> bool {
                        match self { Action::Block => true, _ => false }
                    }
                }
                pub mod defaults {
                    pub(super) fn policy_action() -> super::Action { super::Action::Block }
                    pub(super) fn policy_actions() -> Vec<super::Action> {
                        vec![super::Action::Block, super::Action::Block]
                    }
                }
                #[derive(::serde::Deserialize)]
                pub struct Transfer { pub amount: String }
            }
        })
        .unwrap();
        let request_only = [
            "Action",
            "StakeBody",
            "TransferBody",
            "Already",
            "Swap",
            "Id",
            "WithdrawKind",
            "TargetAsset",
        ]
        .map(str::to_owned)
        .into();
        let done = deny_unknown_keys(&mut file, &request_only);
        assert_eq!(
            done.denied,
            ["StakeBody", "TargetAsset", "TransferBody"]
                .map(str::to_owned)
                .into()
        );
        assert_eq!(done.flattened, ["Swap"].map(str::to_owned).into());
        let text = prettyplease::unparse(&file);
        assert_eq!(text.matches("deny_unknown_fields").count(), 5, "{text}");
        // Internally tagged: the tag-only variant reads strictly; adjacently
        // tagged, `Native` is already refused a stray key.
        assert!(text.contains("Block {},"), "{text}");
        // Every use of it as a value or a pattern follows.
        assert!(
            text.contains("fn default() -> Self {\n            Self::Block {}"),
            "{text}"
        );
        assert!(text.contains("Action::Block {} => true"), "{text}");
        assert!(text.contains("super::Action::Block {}\n"), "{text}");
        assert!(
            text.contains("vec![super::Action::Block {}, super::Action::Block {}]"),
            "{text}"
        );
        assert!(text.contains("Native,"), "{text}");
        // A response type is not touched.
        assert!(
            text.contains("#[derive(::serde::Deserialize)]\n    pub struct Transfer"),
            "{text}"
        );
    }
}
