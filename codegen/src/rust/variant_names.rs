//! Variant names from what tells the variants apart.
//!
//! typify names the variants of an untagged union `Variant0`, `Variant1`,
//! … in document order: the name says nothing, and when Dfns inserts a
//! variant every later one is renamed. This pass renames each `VariantN`
//! of an untagged enum after what it holds:
//!
//! - a struct variant by the constant values of its discriminating fields
//!   (fields whose type is an enum of one to three values, `Other` aside;
//!   a field with the same single value in every variant tells nothing),
//!   in field order: `{kind: Withdraw, protocol: Babylon}` →
//!   `WithdrawBabylon`;
//! - a one-field tuple variant by the type it holds (`HexString`,
//!   `Integer` for `u64`).
//!
//! A variant left without a name, or with one another variant of its enum
//! also gets, keeps `VariantN`. Runs after [`crate::rust::identical_types`]
//! (field types have their kept names), and renames every path to a
//! variant (`Self::Variant0`, `Alias::Variant0`).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use syn::visit_mut::{self, VisitMut};
use syn::{Fields, Item, ItemEnum, Type};

use crate::rust::layout::types_items_mut;

/// Renames the positional variants; returns `(enum, old, new)` for each.
pub(crate) fn name_variants(
    file: &mut syn::File,
    aliases: &BTreeMap<String, String>,
) -> Vec<(String, String, String)> {
    let Some(types) = types_items_mut(file) else {
        return Vec::new();
    };
    let enums: HashMap<String, ItemEnum> = types
        .iter()
        .filter_map(|item| match item {
            Item::Enum(e) => Some((e.ident.to_string(), e.clone())),
            _ => None,
        })
        .collect();
    let resolve = |name: &str| aliases.get(name).map_or(name, String::as_str).to_owned();
    // enum name -> old variant -> new variant
    let mut renames: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (name, e) in &enums {
        if !is_untagged(e) {
            continue;
        }
        let names = variant_names(e, &|ty| constant(ty, &enums, &resolve), &|ty| {
            held(ty, types, &resolve)
        });
        if !names.is_empty() {
            renames.insert(name.clone(), names);
        }
    }
    let mut out = Vec::new();
    for (name, names) in &renames {
        for (old, new) in names {
            out.push((name.clone(), old.clone(), new.clone()));
        }
    }
    if renames.is_empty() {
        return out;
    }
    // Every name of each renamed enum: its aliases too.
    let mut names_of: HashMap<String, &BTreeMap<String, String>> = HashMap::new();
    for (name, names) in &renames {
        names_of.insert(name.clone(), names);
    }
    for (alias, target) in aliases {
        if let Some(names) = renames.get(target) {
            names_of.insert(alias.clone(), names);
        }
    }
    let mut renamer = Renamer {
        names_of: &names_of,
        current: None,
    };
    for item in types.iter_mut() {
        renamer.visit_item_mut(item);
    }
    out
}

fn is_untagged(e: &ItemEnum) -> bool {
    e.attrs.iter().any(|a| {
        a.path().is_ident("serde")
            && a.meta.require_list().is_ok_and(|l| {
                l.tokens
                    .to_string()
                    .split(',')
                    .any(|t| t.trim() == "untagged")
            })
    })
}

fn is_positional(ident: &syn::Ident) -> bool {
    ident
        .to_string()
        .strip_prefix("Variant")
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// The new name of each positional variant that gets one.
fn variant_names(
    e: &ItemEnum,
    constant: &dyn Fn(&Type) -> Option<String>,
    held: &dyn Fn(&Type) -> Option<String>,
) -> BTreeMap<String, String> {
    // Each struct variant's constant fields, in field order.
    let constants: Vec<Vec<(String, String)>> = e
        .variants
        .iter()
        .map(|v| match &v.fields {
            Fields::Named(fields) => fields
                .named
                .iter()
                .filter_map(|f| Some((f.ident.as_ref()?.to_string(), constant(&f.ty)?)))
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    // A field every struct variant has, with one value everywhere, tells
    // nothing (a lenient union's `Unknown(Value)` aside).
    let structs: Vec<&Vec<(String, String)>> = e
        .variants
        .iter()
        .zip(&constants)
        .filter(|(v, _)| matches!(v.fields, Fields::Named(_)))
        .map(|(_, c)| c)
        .collect();
    let uniform: BTreeSet<&str> = structs
        .first()
        .into_iter()
        .copied()
        .flatten()
        .filter(|(field, value)| {
            structs
                .iter()
                .all(|c| c.iter().any(|(f, v)| f == field && v == value))
        })
        .map(|(field, _)| field.as_str())
        .collect();
    let proposed: Vec<Option<String>> = e
        .variants
        .iter()
        .zip(&constants)
        .map(|(v, constants)| {
            if !is_positional(&v.ident) {
                return None;
            }
            match &v.fields {
                Fields::Named(_) => {
                    let name: String = constants
                        .iter()
                        .filter(|(field, _)| !uniform.contains(field.as_str()))
                        .map(|(_, value)| value.as_str())
                        .collect();
                    (!name.is_empty()).then_some(name)
                }
                Fields::Unnamed(f) if f.unnamed.len() == 1 => held(&f.unnamed[0].ty),
                _ => None,
            }
        })
        .collect();
    let taken: BTreeSet<String> = e.variants.iter().map(|v| v.ident.to_string()).collect();
    let mut out = BTreeMap::new();
    for (v, name) in e.variants.iter().zip(&proposed) {
        let Some(name) = name else { continue };
        let unique = proposed.iter().filter(|p| p.as_ref() == Some(name)).count() == 1;
        let valid = syn::parse_str::<syn::Ident>(name).is_ok();
        if unique && valid && !taken.contains(name) {
            out.insert(v.ident.to_string(), name.clone());
        }
    }
    out
}

/// The value(s) of a field whose type is an enum of one to three values
/// (`Withdraw`; `Erc20OrTrc20`), else `None`.
fn constant(
    ty: &Type,
    enums: &HashMap<String, ItemEnum>,
    resolve: &dyn Fn(&str) -> String,
) -> Option<String> {
    let Type::Path(p) = ty else { return None };
    if p.qself.is_some() {
        return None;
    }
    let last = p.path.segments.last()?;
    if !last.arguments.is_none() {
        return None;
    }
    let e = enums.get(&resolve(&last.ident.to_string()))?;
    // An open enum's `Other(String)` aside: whether an enum is open depends
    // on whether a response of an operation generated reaches it, so on the
    // features on, and a variant's name must not. (So a variant named
    // `…Iota` could hold `Other("Babylon")` if Dfns opened that enum; on
    // v1.578.2 every discriminating enum is closed.)
    let mut values = Vec::new();
    for v in &e.variants {
        match &v.fields {
            Fields::Unit => values.push(v.ident.to_string()),
            Fields::Unnamed(_) if v.ident == "Other" => {}
            _ => return None,
        }
    }
    (1..=3).contains(&values.len()).then(|| values.join("Or"))
}

/// A tuple variant's name from what it holds: a primitive, or a string
/// type's checks.
fn held(ty: &Type, types: &[Item], resolve: &dyn Fn(&str) -> String) -> Option<String> {
    let Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if !last.arguments.is_none() {
        return None;
    }
    let ident = last.ident.to_string();
    Some(match ident.as_str() {
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" | "NonZeroU64" => {
            "Integer".to_owned()
        }
        "f32" | "f64" => "Number".to_owned(),
        "String" => "Text".to_owned(),
        "bool" => "Bool".to_owned(),
        // A response's string type decodes any string (`crate::lenient`):
        // its checks say nothing of what a received variant holds.
        _ if decodes_leniently(types, &resolve(&ident)) => return None,
        _ => crate::rust::merged_names::text_name(&crate::rust::identical_types::text_checks(
            types,
            &resolve(&ident),
        )?)?,
    })
}

/// Whether a type's `Deserialize` goes through `crate::lenient`.
fn decodes_leniently(types: &[Item], name: &str) -> bool {
    types.iter().any(|item| match item {
        Item::Impl(imp) => {
            let own = matches!(&*imp.self_ty, Type::Path(p) if p.path.is_ident(name));
            let deserialize = imp.trait_.as_ref().is_some_and(|(_, t, _)| {
                t.segments.last().is_some_and(|s| s.ident == "Deserialize")
            });
            own && deserialize
                && quote::ToTokens::to_token_stream(imp)
                    .to_string()
                    .contains("lenient")
        }
        _ => false,
    })
}

/// Renames `X::VariantN` (and `Self::VariantN` inside an impl of X) for
/// every name X of a renamed enum.
struct Renamer<'a> {
    names_of: &'a HashMap<String, &'a BTreeMap<String, String>>,
    /// The renamed enum whose impl or definition is being visited.
    current: Option<&'a BTreeMap<String, String>>,
}

impl<'a> VisitMut for Renamer<'a> {
    fn visit_item_enum_mut(&mut self, e: &mut ItemEnum) {
        if let Some(names) = self.names_of.get(&e.ident.to_string()) {
            for v in &mut e.variants {
                if let Some(new) = names.get(&v.ident.to_string()) {
                    v.ident = syn::Ident::new(new, v.ident.span());
                }
            }
        }
        visit_mut::visit_item_enum_mut(self, e);
    }

    fn visit_item_impl_mut(&mut self, imp: &mut syn::ItemImpl) {
        let previous = self.current;
        self.current = match &*imp.self_ty {
            Type::Path(p) => p
                .path
                .segments
                .last()
                .and_then(|s| self.names_of.get(&s.ident.to_string()).copied()),
            _ => None,
        };
        visit_mut::visit_item_impl_mut(self, imp);
        self.current = previous;
    }

    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        let n = path.segments.len();
        if n >= 2 {
            let owner = path.segments[n - 2].ident.to_string();
            let names = if owner == "Self" {
                self.current
            } else {
                self.names_of.get(&owner).copied()
            };
            if let Some(new) =
                names.and_then(|names| names.get(&path.segments[n - 1].ident.to_string()))
            {
                let ident = &mut path.segments[n - 1].ident;
                *ident = syn::Ident::new(new, ident.span());
            }
        }
        visit_mut::visit_path_mut(self, path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn run(tokens: proc_macro2::TokenStream, aliases: &[(&str, &str)]) -> (Vec<String>, String) {
        let mut file: syn::File = syn::parse2(tokens).unwrap();
        let aliases = aliases
            .iter()
            .map(|(a, t)| (a.to_string(), t.to_string()))
            .collect();
        let renamed = name_variants(&mut file, &aliases)
            .into_iter()
            .map(|(e, old, new)| format!("{e}::{old} -> {new}"))
            .collect();
        (renamed, prettyplease::unparse(&file))
    }

    fn stake(first: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
        quote! {
            pub mod types {
                #[serde(untagged)]
                pub enum Action {
                    #first
                    Variant1 { amount: Amount, kind: DepositKind, protocol: IotaProtocol },
                    Variant2 { kind: WithdrawKind, protocol: BabylonProtocol },
                    Variant3 { kind: WithdrawKind, protocol: IotaProtocol, note: String },
                    Unknown(Value),
                }
                pub enum DepositKind { Deposit }
                pub enum WithdrawKind { Withdraw }
                pub enum IotaProtocol { Iota }
                pub enum BabylonProtocol { Babylon }
                pub enum UnbondKind { Unbond }
                pub type ActionAlias = Action;
                impl Action {
                    pub fn is_withdrawal(&self) -> bool {
                        match self {
                            Self::Variant2 { .. } | ActionAlias::Variant3 { .. } => true,
                            _ => false,
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn struct_variants_are_named_by_their_constant_fields_and_every_path_follows() {
        let (renamed, out) = run(stake(quote!()), &[("ActionAlias", "Action")]);
        assert_eq!(
            renamed,
            [
                "Action::Variant1 -> DepositIota",
                "Action::Variant2 -> WithdrawBabylon",
                "Action::Variant3 -> WithdrawIota"
            ]
        );
        assert!(
            out.contains("WithdrawBabylon { kind: WithdrawKind"),
            "{out}"
        );
        assert!(
            out.contains("Self::WithdrawBabylon { .. } | ActionAlias::WithdrawIota { .. } => true"),
            "{out}"
        );
    }

    #[test]
    fn a_variant_inserted_first_renames_no_other() {
        let (_, before) = run(stake(quote!()), &[]);
        let (renamed, after) = run(
            stake(quote!(Variant0 {
                kind: UnbondKind,
                protocol: BabylonProtocol
            },)),
            &[],
        );
        assert!(renamed.contains(&"Action::Variant0 -> UnbondBabylon".to_owned()));
        for name in ["DepositIota", "WithdrawBabylon", "WithdrawIota"] {
            assert!(before.contains(name) && after.contains(name), "{name}");
        }
    }

    #[test]
    fn tuple_variants_are_named_by_what_they_hold_and_clashes_stay_positional() {
        let (renamed, _) = run(
            quote! {
                pub mod types {
                    #[serde(untagged)]
                    pub enum Nonce { Variant0(u64), Variant1(NonceVariant1), Variant2(Opaque) }
                    #[serde(untagged)]
                    pub enum Twice { Variant0(u64), Variant1(i64) }
                    #[serde(untagged)]
                    pub enum Open { Variant0 { kind: OpenKind }, Variant1 { kind: ClosedKind } }
                    pub enum OpenKind { Withdraw, Other(String) }
                    pub enum ClosedKind { Deposit }
                    pub struct Digits(String);
                    impl ::std::str::FromStr for Digits {
                        type Err = self::error::ConversionError;
                        fn from_str(value: &str) -> Result<Self, Self::Err> {
                            if !PATTERN.is_match(value) {
                                return Err("doesn't match pattern \"^0x[0-9a-fA-F]*$\"".into());
                            }
                            Ok(Self(value.to_string()))
                        }
                    }
                    pub type NonceVariant1 = Digits;
                    pub struct Opaque(String);
                    #[serde(untagged)]
                    pub enum ReceivedNonce { Variant0(u64), Variant1(ReceivedDigits) }
                    pub struct ReceivedDigits(String);
                    impl ::std::str::FromStr for ReceivedDigits {
                        type Err = self::error::ConversionError;
                        fn from_str(value: &str) -> Result<Self, Self::Err> {
                            if !PATTERN.is_match(value) {
                                return Err("doesn't match pattern \"^0x[0-9a-fA-F]*$\"".into());
                            }
                            Ok(Self(value.to_string()))
                        }
                    }
                    impl<'de> ::serde::Deserialize<'de> for ReceivedDigits {
                        fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
                        where D: ::serde::Deserializer<'de> {
                            crate::lenient::string(deserializer).map(Self)
                        }
                    }
                }
            },
            &[("NonceVariant1", "Digits")],
        );
        // By what it holds, whatever the held type is named (`Digits` here,
        // a name that depends on the other types generated): a string by
        // its checks. `u64` and `i64` are both `Integer`, and an unchecked
        // string says nothing: those stay positional. An open enum's known
        // values count (whether it is open depends on the features on).
        assert_eq!(
            renamed,
            [
                "Nonce::Variant0 -> Integer",
                "Nonce::Variant1 -> HexString",
                "Open::Variant0 -> Withdraw",
                "Open::Variant1 -> Deposit",
                // A received string decodes any string: not `HexString`.
                "ReceivedNonce::Variant0 -> Integer"
            ]
        );
    }
}
