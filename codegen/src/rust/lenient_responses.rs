//! Response types that decode what a newer (or older) server sends:
//! validate what you send, accept and preserve what you receive.
//!
//! The types a response can contain (reachable from an operation's success
//! body) are found from the generated code itself, then rewritten:
//!
//! - every union (an enum with data: tagged, untagged or internally tagged)
//!   gets a last variant `#[serde(untagged)] Unknown(serde_json::Value)`
//!   that keeps whatever a newer server sent; it serializes back unchanged.
//!   A union that request bodies use too gets it with `skip_serializing`,
//!   so it decodes but can never be sent: a request cannot carry a variant
//!   the document does not know;
//! - a one-value string enum that is not a union's tag gets `Other(String)`
//!   (done by [`crate::rust::open_enums`], told which ones here);
//! - constrained strings (ids, amounts: a `pattern` or length bounds)
//!   decode without their checks, and from a JSON number too; building one
//!   (`TryFrom`, `FromStr`, builders) still checks;
//! - `number`/`integer` fields decode from a JSON string holding a number;
//! - structs keep the fields they do not know in `unknown_fields`, and
//!   serialize them back.
//!
//! Types only request bodies use keep their strict decoding.

use std::collections::{BTreeMap, BTreeSet};

use syn::visit::{self, Visit};
use syn::visit_mut::{self, VisitMut};
use syn::{parse_quote, Fields, Item, ItemEnum, ItemStruct, Type};

use crate::rust::layout::{generic_argument, has_serde_word, types_items, types_items_mut};

/// The name of the field that keeps unknown response fields.
pub const UNKNOWN_FIELDS: &str = "unknown_fields";

/// What the pass found, for tests and the build's report.
#[derive(Debug, Default)]
pub struct Report {
    /// Types a response can contain.
    pub response_types: BTreeSet<String>,
    /// Types a request can contain.
    pub request_types: BTreeSet<String>,
    /// Unions given an `Unknown` variant.
    pub open_unions: BTreeSet<String>,
    /// One-value enums to open with `Other(String)`.
    pub open_single_values: BTreeSet<String>,
    /// Multi-value enums that tell the variants of an untagged union apart
    /// (variants hold the same field with enums of different values): they
    /// stay closed, or one variant would take another's data.
    pub closed_discriminators: BTreeSet<String>,
    /// Types that are a variant of an untagged union: a constrained string
    /// among them must not take a JSON number, which a later variant may be
    /// for.
    pub untagged_payloads: BTreeSet<String>,
}

/// The types each item of `mod types` mentions, and the roots of both
/// directions.
pub fn analyse(file: &syn::File, response_roots: &[(String, String)]) -> Report {
    let items = types_items(file);
    let names: BTreeSet<String> = items.iter().filter_map(item_name).collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for item in items {
        if let Some(name) = item_name(item) {
            let mut mentioned = Mentions::new(&names);
            match item {
                Item::Struct(s) => mentioned.visit_fields(&s.fields),
                Item::Enum(e) => e
                    .variants
                    .iter()
                    .for_each(|v| mentioned.visit_fields(&v.fields)),
                Item::Type(t) => mentioned.visit_type(&t.ty),
                _ => {}
            }
            edges.insert(name, mentioned.found);
        }
    }
    let roots = response_roots.iter().flat_map(|(_, ty)| {
        let ty: Option<Type> = syn::parse_str(ty).ok();
        let mut mentioned = Mentions::new(&names);
        if let Some(ty) = &ty {
            mentioned.visit_type(ty);
        }
        mentioned.found
    });
    let response_types = closure(roots, &edges);
    let request_types = closure(request_roots(file, &names), &edges);
    let discriminators = union_tags(items);
    let mut report = Report {
        response_types,
        request_types,
        untagged_payloads: untagged_payloads(items),
        closed_discriminators: discriminating_enums(items),
        ..Report::default()
    };
    for item in items {
        if let Item::Enum(e) = item {
            let name = e.ident.to_string();
            if !report.response_types.contains(&name) {
                continue;
            }
            if is_union(e) {
                report.open_unions.insert(name);
            } else if e.variants.len() == 1 && is_unit_enum(e) && !discriminators.contains(&name) {
                report.open_single_values.insert(name);
            }
        }
    }
    report
}

/// Applies the rewrites the report calls for.
pub fn apply(file: &mut syn::File, report: &Report) {
    let Some(items) = types_items_mut(file) else {
        return;
    };
    let mut unknown_fields = BTreeSet::new();
    let flattened_into_another = flattened_types(items);
    for item in items.iter_mut() {
        match item {
            Item::Enum(e) if report.open_unions.contains(&e.ident.to_string()) => {
                let sendable = !report.request_types.contains(&e.ident.to_string());
                add_unknown_variant(e, sendable);
                for v in e.variants.iter_mut() {
                    if let Fields::Named(named) = &mut v.fields {
                        lenient_fields(named.named.iter_mut());
                    }
                }
            }
            Item::Struct(s) if report.response_types.contains(&s.ident.to_string()) => {
                if let Fields::Named(named) = &mut s.fields {
                    lenient_fields(named.named.iter_mut());
                }
                // A type flattened into another: the outer one keeps the
                // keys nothing takes. Two keepers would each keep them
                // (and write them twice), and a keeper inside would take
                // no key from the outer one's other parts.
                if !flattened_into_another.contains(&s.ident.to_string()) && keep_unknown_fields(s)
                {
                    unknown_fields.insert(s.ident.to_string());
                }
            }
            Item::Impl(imp) => {
                if let Some(name) = impl_self_name(imp) {
                    if report.response_types.contains(&name) && is_trait_impl(imp, "Deserialize") {
                        let from_numbers = !report.untagged_payloads.contains(&name);
                        lenient_newtype_deserialize(imp, from_numbers);
                    }
                    if report.open_unions.contains(&name) && is_trait_impl(imp, "Display") {
                        display_unknown(imp);
                    }
                }
            }
            _ => {}
        }
    }
    // Every place that builds one of those structs gives the new field.
    StructLiterals {
        structs: &unknown_fields,
        current_impl: None,
        in_types: false,
        in_builder: false,
    }
    .visit_file_mut(file);
}

fn item_name(item: &Item) -> Option<String> {
    match item {
        Item::Struct(s) => Some(s.ident.to_string()),
        Item::Enum(e) => Some(e.ident.to_string()),
        Item::Type(t) => Some(t.ident.to_string()),
        _ => None,
    }
}

/// Type names (of `mod types`) mentioned in a piece of syntax.
struct Mentions<'a> {
    names: &'a BTreeSet<String>,
    found: BTreeSet<String>,
}

impl<'a> Mentions<'a> {
    fn new(names: &'a BTreeSet<String>) -> Self {
        Mentions {
            names,
            found: BTreeSet::new(),
        }
    }
}

impl<'ast> Visit<'ast> for Mentions<'_> {
    fn visit_path_segment(&mut self, segment: &'ast syn::PathSegment) {
        let ident = segment.ident.to_string();
        if self.names.contains(&ident) {
            self.found.insert(ident);
        }
        visit::visit_path_segment(self, segment);
    }
}

fn closure(
    roots: impl IntoIterator<Item = String>,
    edges: &BTreeMap<String, BTreeSet<String>>,
) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo: Vec<String> = roots.into_iter().collect();
    while let Some(name) = todo.pop() {
        if seen.insert(name.clone()) {
            todo.extend(edges.get(&name).into_iter().flatten().cloned());
        }
    }
    seen
}

/// The types the operations' builders take (body and parameters): the
/// fields of the structs of progenitor's top-level `builder` module.
fn request_roots(file: &syn::File, names: &BTreeSet<String>) -> BTreeSet<String> {
    let mut mentioned = Mentions::new(names);
    for item in crate::rust::layout::module_items(&file.items, "builder") {
        if let Item::Struct(s) = item {
            mentioned.visit_fields(&s.fields);
        }
    }
    mentioned.found
}

fn is_unit_enum(e: &ItemEnum) -> bool {
    e.variants.iter().all(|v| matches!(v.fields, Fields::Unit))
}

fn has_serde_key(attrs: &[syn::Attribute], key: &str) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("serde")
            && a.meta.require_list().is_ok_and(|l| {
                l.tokens
                    .to_string()
                    .split(',')
                    .any(|t| t.trim().starts_with(key) && t.contains('='))
            })
    })
}

/// An enum whose variants carry data (or are told apart by a `tag`), and
/// that has no catch-all yet: not an open string enum.
fn is_union(e: &ItemEnum) -> bool {
    let has_data = !is_unit_enum(e) || has_serde_key(&e.attrs, "tag");
    let has_catch_all = e
        .variants
        .iter()
        .any(|v| has_serde_word(&v.attrs, "untagged"));
    has_data && !has_catch_all && !e.variants.is_empty()
}

/// The last segment of a path type's name.
fn type_name(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// For each untagged union, the fields of each of its variants: a struct
/// variant's own, or those of the struct a one-field tuple variant holds.
fn untagged_variant_fields(items: &[Item]) -> Vec<Vec<&Fields>> {
    let structs: BTreeMap<String, &ItemStruct> = items
        .iter()
        .filter_map(|i| match i {
            Item::Struct(s) => Some((s.ident.to_string(), s)),
            _ => None,
        })
        .collect();
    items
        .iter()
        .filter_map(|item| match item {
            Item::Enum(e) if has_serde_word(&e.attrs, "untagged") => Some(e),
            _ => None,
        })
        .map(|e| {
            e.variants
                .iter()
                .filter_map(|v| match &v.fields {
                    Fields::Named(_) => Some(&v.fields),
                    Fields::Unnamed(u) if u.unnamed.len() == 1 => type_name(&u.unnamed[0].ty)
                        .and_then(|n| structs.get(&n))
                        .map(|s| &s.fields),
                    _ => None,
                })
                .collect()
        })
        .collect()
}

/// One-value enums that tell the variants of an untagged union apart: the
/// type of a field of one of its struct variants, or of a struct that is
/// one of its variants. Opening them would let one variant take another's
/// data.
fn union_tags(items: &[Item]) -> BTreeSet<String> {
    untagged_variant_fields(items)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|field| type_name(&field.ty))
        .collect()
}

/// Enums that tell the variants of an untagged union apart: a field that
/// two or more variants have, typed by a different unit enum in each.
fn discriminating_enums(items: &[Item]) -> BTreeSet<String> {
    let unit_enums: BTreeSet<String> = items
        .iter()
        .filter_map(|i| match i {
            Item::Enum(e) if is_unit_enum(e) => Some(e.ident.to_string()),
            _ => None,
        })
        .collect();
    let mut closed = BTreeSet::new();
    for union in untagged_variant_fields(items) {
        // field name -> the unit enums typing it in the variants.
        let mut by_field: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for field in union.into_iter().flatten() {
            let (Some(ident), Some(ty)) = (&field.ident, type_name(&field.ty)) else {
                continue;
            };
            if unit_enums.contains(&ty) {
                by_field.entry(ident.to_string()).or_default().insert(ty);
            }
        }
        for types in by_field.into_values().filter(|t| t.len() >= 2) {
            closed.extend(types);
        }
    }
    closed
}

/// The payload types of the tuple variants of untagged enums.
fn untagged_payloads(items: &[Item]) -> BTreeSet<String> {
    let mut payloads = BTreeSet::new();
    for item in items {
        let Item::Enum(e) = item else { continue };
        if !has_serde_word(&e.attrs, "untagged") {
            continue;
        }
        for v in &e.variants {
            if let Fields::Unnamed(u) = &v.fields {
                for field in &u.unnamed {
                    if let Type::Path(p) = &field.ty {
                        if let Some(last) = p.path.segments.last() {
                            payloads.insert(last.ident.to_string());
                        }
                    }
                }
            }
        }
    }
    payloads
}

fn add_unknown_variant(e: &mut ItemEnum, sendable: bool) {
    let untagged = has_serde_word(&e.attrs, "untagged");
    let serde: Option<syn::Attribute> = match (untagged, sendable) {
        (true, true) => None,
        (true, false) => Some(parse_quote!(#[serde(skip_serializing)])),
        (false, true) => Some(parse_quote!(#[serde(untagged)])),
        (false, false) => Some(parse_quote!(#[serde(untagged, skip_serializing)])),
    };
    let doc = if sendable {
        "A variant this version of the crate does not know yet, kept as sent; it serializes back unchanged."
    } else {
        "A variant this version of the crate does not know yet, kept as received. Request bodies use this type too, so it cannot be serialized: a request cannot carry a variant the document does not know."
    };
    e.variants.push(parse_quote! {
        #[doc = #doc]
        #serde
        Unknown(::serde_json::Value)
    });
}

fn is_number(ty: &Type) -> bool {
    let Type::Path(p) = ty else { return false };
    p.path.segments.last().is_some_and(|s| {
        matches!(
            s.ident.to_string().as_str(),
            "f64"
                | "f32"
                | "i64"
                | "u64"
                | "i32"
                | "u32"
                | "i16"
                | "u16"
                | "i8"
                | "u8"
                | "NonZeroU64"
                | "NonZeroU32"
        )
    })
}

/// `number`/`integer` fields accept a JSON string holding a number.
fn lenient_fields<'a>(fields: impl Iterator<Item = &'a mut syn::Field>) {
    for field in fields {
        if has_serde_key(&field.attrs, "deserialize_with") || has_serde_key(&field.attrs, "with") {
            continue;
        }
        if is_number(&field.ty) {
            field
                .attrs
                .push(parse_quote!(#[serde(deserialize_with = "crate::lenient::number")]));
        } else if generic_argument(&field.ty, "Option").is_some_and(is_number) {
            field.attrs.push(parse_quote!(
                #[serde(default, deserialize_with = "crate::lenient::option_number")]
            ));
        }
    }
}

/// The types a struct field flattens (`#[serde(flatten)] x: T` or
/// `Option<T>`).
fn flattened_types(items: &[Item]) -> BTreeSet<String> {
    items
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) => Some(s),
            _ => None,
        })
        .flat_map(|s| s.fields.iter())
        .filter(|f| has_serde_word(&f.attrs, "flatten"))
        .filter_map(|f| {
            let ty = generic_argument(&f.ty, "Option").unwrap_or(&f.ty);
            match ty {
                Type::Path(p) if p.qself.is_none() => p.path.get_ident().map(|i| i.to_string()),
                _ => None,
            }
        })
        .collect()
}

/// Adds `unknown_fields` to a struct with named fields that has none.
fn keep_unknown_fields(s: &mut ItemStruct) -> bool {
    let Fields::Named(named) = &mut s.fields else {
        return false;
    };
    let taken = named
        .named
        .iter()
        .any(|f| f.ident.as_ref().is_some_and(|i| i == UNKNOWN_FIELDS));
    // A flattened map (typify's `anyOf [X, {}]` arm) already takes every
    // key nothing else does; a second would write each such key twice.
    let catch_all = named.named.iter().any(|f| {
        has_serde_word(&f.attrs, "flatten") && {
            let ty = generic_argument(&f.ty, "Option").unwrap_or(&f.ty);
            matches!(ty, Type::Path(p) if p.path.segments.last().is_some_and(|s| {
                ["Map", "BTreeMap", "HashMap"].iter().any(|m| s.ident == m)
            }))
        }
    });
    if taken
        || catch_all
        || has_serde_word(&s.attrs, "deny_unknown_fields")
        || has_serde_word(&s.attrs, "transparent")
    {
        return false;
    }
    let ident = syn::Ident::new(UNKNOWN_FIELDS, proc_macro2::Span::call_site());
    named.named.push(parse_quote! {
        #[doc = "Fields this version of the crate does not know, kept as received and serialized back."]
        #[serde(flatten)]
        pub #ident: ::serde_json::Map<::std::string::String, ::serde_json::Value>
    });
    true
}

fn impl_self_name(imp: &syn::ItemImpl) -> Option<String> {
    match &*imp.self_ty {
        Type::Path(p) if p.qself.is_none() => p.path.get_ident().map(|i| i.to_string()),
        _ => None,
    }
}

fn is_trait_impl(imp: &syn::ItemImpl, name: &str) -> bool {
    imp.trait_
        .as_ref()
        .and_then(|(_, path, _)| path.segments.last())
        .is_some_and(|s| s.ident == name)
}

/// typify's `Display` for a union of scalars matches every variant; the
/// `Unknown` one shows its JSON.
fn display_unknown(imp: &mut syn::ItemImpl) {
    struct AddArm;
    impl VisitMut for AddArm {
        fn visit_expr_match_mut(&mut self, m: &mut syn::ExprMatch) {
            m.arms
                .push(parse_quote!(Self::Unknown(value) => value.fmt(f),));
        }
    }
    AddArm.visit_item_impl_mut(imp);
}

/// A constrained string's `Deserialize` (typify: `String::deserialize(d)?
/// .parse()`, which checks the pattern and length) becomes a plain decode
/// that, when `from_numbers`, also takes a JSON number as its text.
fn lenient_newtype_deserialize(imp: &mut syn::ItemImpl, from_numbers: bool) {
    let text = quote::quote!(#imp).to_string();
    if !text.contains(":: std :: string :: String :: deserialize (deserializer) ?") {
        return;
    }
    for item in &mut imp.items {
        if let syn::ImplItem::Fn(f) = item {
            if f.sig.ident == "deserialize" {
                f.block = if from_numbers {
                    parse_quote!({ crate::lenient::string(deserializer).map(Self) })
                } else {
                    parse_quote!({ crate::lenient::text(deserializer).map(Self) })
                };
            }
        }
    }
}

/// Adds `unknown_fields: Default::default()` to struct expressions that
/// build one of `structs`: `X { .. }`, `types::X { .. }`, or `Self { .. }`
/// in an impl for X. Inside typify's nested `builder` module a bare `X` is
/// the builder of the same name, and the type is `super::X`.
struct StructLiterals<'a> {
    structs: &'a BTreeSet<String>,
    current_impl: Option<String>,
    /// Directly in `mod types`.
    in_types: bool,
    /// In typify's `mod types::builder`.
    in_builder: bool,
}

impl StructLiterals<'_> {
    /// The `mod types` struct a path names, if any.
    fn named(&self, path: &syn::Path) -> Option<String> {
        let idents: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        match idents.as_slice() {
            [only] if only == "Self" => self.current_impl.clone(),
            [only] if self.in_types => Some(only.clone()),
            [scope, name] if scope == "types" || (scope == "super" && self.in_builder) => {
                Some(name.clone())
            }
            _ => None,
        }
    }
}

impl VisitMut for StructLiterals<'_> {
    fn visit_item_mod_mut(&mut self, m: &mut syn::ItemMod) {
        let (was_in_types, was_in_builder) = (self.in_types, self.in_builder);
        self.in_builder = self.in_types && m.ident == "builder";
        self.in_types = m.ident == "types";
        visit_mut::visit_item_mod_mut(self, m);
        (self.in_types, self.in_builder) = (was_in_types, was_in_builder);
    }

    fn visit_item_impl_mut(&mut self, imp: &mut syn::ItemImpl) {
        let name = match &*imp.self_ty {
            Type::Path(p) if p.qself.is_none() => self.named(&p.path),
            _ => None,
        };
        let previous = std::mem::replace(&mut self.current_impl, name);
        visit_mut::visit_item_impl_mut(self, imp);
        self.current_impl = previous;
    }

    fn visit_expr_struct_mut(&mut self, s: &mut syn::ExprStruct) {
        visit_mut::visit_expr_struct_mut(self, s);
        let Some(name) = self.named(&s.path) else {
            return;
        };
        if !self.structs.contains(&name) || s.rest.is_some() {
            return;
        }
        let ident = syn::Ident::new(UNKNOWN_FIELDS, proc_macro2::Span::call_site());
        s.fields
            .push(parse_quote!(#ident: ::std::default::Default::default()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn sample() -> syn::File {
        syn::parse2(quote! {
            pub mod types {
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                #[serde(untagged)]
                pub enum TransferBody {
                    Native { amount: Amount, kind: NativeKind },
                    Token(TokenBody),
                }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub struct TokenBody { pub kind: TokenKind, pub fee: f64, pub gas: ::std::option::Option<i64> }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub enum NativeKind { Native }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub enum TokenKind { Token }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub enum Status { Active }
                #[derive(::serde::Serialize)]
                #[serde(transparent)]
                pub struct Amount(::std::string::String);
                impl<'de> ::serde::Deserialize<'de> for Amount {
                    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
                    where D: ::serde::Deserializer<'de> {
                        ::std::string::String::deserialize(deserializer)?.parse().map_err(|e| todo!())
                    }
                }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub struct Transfer { pub body: TransferBody, pub status: Status }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                #[serde(tag = "kind")]
                pub enum Action { Approve { reason: String } }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                #[serde(deny_unknown_fields)]
                pub struct CreateBody { pub action: Action, pub body: TransferBody }
                impl ::std::convert::TryFrom<builder::Transfer> for Transfer {
                    type Error = String;
                    fn try_from(value: builder::Transfer) -> Result<Self, String> {
                        Ok(Self { body: value.body?, status: value.status? })
                    }
                }
            }
            pub mod builder {
                pub struct CreateTransfer<'a> { body: Result<types::builder::CreateBody, String> }
            }
        })
        .unwrap()
    }

    fn roots() -> Vec<(String, String)> {
        vec![("get_transfer".into(), "types :: Transfer".into())]
    }

    #[test]
    fn response_and_request_types_are_told_apart() {
        let report = analyse(&sample(), &roots());
        let set = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<BTreeSet<_>>();
        assert_eq!(
            report.response_types,
            set(&[
                "Amount",
                "NativeKind",
                "Status",
                "TokenBody",
                "TokenKind",
                "Transfer",
                "TransferBody"
            ])
        );
        assert!(report.request_types.contains("CreateBody"));
        assert!(report.request_types.contains("TransferBody"));
        assert!(!report.request_types.contains("Status"));
        assert_eq!(report.open_unions, set(&["TransferBody"]));
        // The kinds tell the union's variants apart; Status is free to grow.
        assert_eq!(report.open_single_values, set(&["Status"]));
    }

    #[test]
    fn unions_numbers_strings_and_unknown_fields_are_lenient_in_responses() {
        let mut file = sample();
        let report = analyse(&file, &roots());
        apply(&mut file, &report);
        let out = quote!(#file).to_string();
        // Shared with a request body: decodes, never serializes.
        assert!(
            out.contains("# [serde (skip_serializing)] Unknown (:: serde_json :: Value)"),
            "{out}"
        );
        // Request-only union: untouched.
        assert!(
            !out.contains("Approve { reason : String } , # [doc"),
            "{out}"
        );
        assert!(
            out.contains("deserialize_with = \"crate::lenient::number\""),
            "{out}"
        );
        assert!(
            out.contains(
                "# [serde (default , deserialize_with = \"crate::lenient::option_number\")]"
            ),
            "{out}"
        );
        assert!(
            out.contains("crate :: lenient :: string (deserializer) . map (Self)"),
            "{out}"
        );
        assert!(
            out.contains("pub unknown_fields : :: serde_json :: Map"),
            "{out}"
        );
        assert!(
            out.contains("Self { body : value . body ? , status : value . status ? , unknown_fields : :: std :: default :: Default :: default () }"),
            "{out}"
        );
        // The request body keeps deny_unknown_fields and gets no extra field.
        assert_eq!(out.matches("pub unknown_fields").count(), 2, "{out}");
    }

    #[test]
    fn enums_that_tell_untagged_variants_apart_are_found() {
        let file: syn::File = syn::parse2(quote::quote! {
            pub mod types {
                #[serde(untagged)]
                pub enum Body {
                    Native { kind: NativeKind, network: Network, amount: String },
                    Token(TokenBody),
                }
                pub struct TokenBody { kind: TokenKind, network: Network, contract: String }
                pub enum NativeKind { Native, Coin }
                pub enum TokenKind { Erc20, Spl }
                pub enum Network { Bitcoin, Ethereum }
            }
        })
        .unwrap();
        let found = discriminating_enums(types_items(&file));
        // `kind` tells them apart; `network` is the same type in both.
        let expected: BTreeSet<String> = ["NativeKind", "TokenKind"].map(String::from).into();
        assert_eq!(found, expected);
    }
}
