//! One type for structurally identical types.
//!
//! The Dfns document inlines the same schema at many places (a signature
//! request body appears under every signature response, an id pattern under
//! every path parameter), and typify generates a separate type for each:
//! half the types of the whole API are copies, and they are most of what a
//! downstream crate pays to compile. This pass keeps one of each set of
//! identical types and turns the others into `pub type` aliases of it, in
//! `types` and in `types::builder`, so every name still works: in type
//! positions, struct literals and patterns, `Alias::Variant`, `Alias::builder()`.
//!
//! Two types are identical when their generated code is: the definition, its
//! impls and its builder, token for token, except the type-level doc comment
//! (which stays on the alias) and the names of the types they refer to,
//! which need only be identical in turn. That is the coarsest partition
//! stable under that rule (partition refinement, so recursive types merge
//! too). Merging runs after every other pass, so two types the lenient and
//! open-enum passes treated differently are never merged.
//!
//! A merge that would make two impls of the same trait for the same type
//! (`From<A> for U` and `From<B> for U` once `A` and `B` are one type), or
//! `From<A> for A`, is not made: those types are kept apart. Types named by
//! an item of `mod types` that belongs to no type (a free function, say)
//! are left alone (see [`owner`]).
//!
//! The kept type's name follows [`crate::rust::merged_names`]: a name true
//! of every member, often a new one (`Requester`, `DecimalString`); then
//! the member that held the definition becomes an alias like the others.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use quote::ToTokens;
use syn::visit_mut::{self, VisitMut};
use syn::{parse_quote, Attribute, Item, ItemImpl, Type};

use crate::rust::layout::{module_items, module_items_mut};
use crate::rust::merged_names::{self, Step, TextChecks};

/// Type ids by name: the structs and enums of `mod types`.
type Ids = HashMap<String, usize>;

/// What the merge did.
#[derive(Debug, Default)]
pub(crate) struct Merged {
    /// `alias -> type`, by alias name.
    pub aliases: BTreeMap<String, String>,
    /// Each kept type's name, the step of the naming rule that gave it, and
    /// its number of names.
    pub names: Vec<(String, Step, usize)>,
}

/// What the naming rule reads besides the types: the document's
/// `components/schemas` names, the operations' builder names, and the
/// types only responses and events hold.
pub(crate) struct NameSources<'a> {
    pub components: &'a BTreeSet<String>,
    pub operations: &'a BTreeSet<String>,
    pub received: &'a BTreeSet<String>,
    /// Every operation of the document is generated. Else a kept type
    /// keeps a member's name ([`merged_names::member_names`]): a new name
    /// would depend on the tag features on.
    pub every_tag: bool,
}

/// Merges the identical types of `mod types`.
pub(crate) fn merge_identical_types(file: &mut syn::File, sources: &NameSources) -> Merged {
    let Some(types) = crate::rust::layout::types_items_mut(file) else {
        return Merged::default();
    };
    let groups = Groups::collect(types);
    let mut kept_apart = BTreeSet::new();
    loop {
        let classes = groups.partition(&kept_apart);
        let representative = representatives(&groups.names, &classes);
        let conflicts = groups.conflicts(types, &representative);
        if conflicts.is_empty() {
            return name_and_apply(types, &groups, &classes, sources);
        }
        let before = kept_apart.len();
        kept_apart.extend(conflicts);
        if kept_apart.len() == before {
            // Every conflict names a merged type, so this cannot happen; but
            // a build script must not loop forever: merge nothing.
            return Merged::default();
        }
    }
}

/// The types of `mod types`, each with the items that belong to it.
struct Groups {
    /// Struct and enum names in item order; the index is the type's id.
    names: Vec<String>,
    ids: Ids,
    /// Each type's items as text, every reference to a type replaced by
    /// [`MARKER`].
    templates: Vec<String>,
    /// The ids of the types each template refers to, in marker order.
    references: Vec<Vec<usize>>,
    /// Types named by code that is no type's own: never merged.
    pinned: BTreeSet<usize>,
}

const MARKER: &str = "__dfns_type_reference__";

impl Groups {
    fn collect(types: &[Item]) -> Groups {
        let names: Vec<String> = types
            .iter()
            .filter_map(|item| match item {
                Item::Struct(s) => Some(s.ident.to_string()),
                Item::Enum(e) => Some(e.ident.to_string()),
                _ => None,
            })
            .collect();
        let ids: Ids = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i))
            .collect();
        let mut members: Vec<Vec<Item>> = vec![Vec::new(); names.len()];
        let mut pinned = BTreeSet::new();
        for item in types.iter().chain(module_items(types, "builder")) {
            match owner(item, &ids) {
                Owner::Type(id) => members[id].push(item.clone()),
                Owner::Unknown => pinned.extend(named_types(item, &ids)),
                Owner::None => {}
            }
        }
        let mut templates = Vec::with_capacity(names.len());
        let mut references = Vec::with_capacity(names.len());
        for items in &mut members {
            let mut marker = Marker {
                ids: &ids,
                found: Vec::new(),
            };
            let mut text = proc_macro2::TokenStream::new();
            for item in items.iter_mut() {
                strip_type_docs(item);
                marker.visit_item_mut(item);
                item.to_tokens(&mut text);
            }
            templates.push(text.to_string());
            references.push(marker.found);
        }
        Groups {
            names,
            ids,
            templates,
            references,
            pinned,
        }
    }

    /// Class ids: equal when the types are identical up to the classes of
    /// the types they refer to. Starts from "same template" and refines
    /// until stable; pinned and kept-apart types are alone in their class.
    fn partition(&self, kept_apart: &BTreeSet<usize>) -> Vec<usize> {
        let alone = |id: usize| self.pinned.contains(&id) || kept_apart.contains(&id);
        let mut first: HashMap<(&str, Option<usize>), usize> = HashMap::new();
        let mut classes: Vec<usize> = (0..self.names.len())
            .map(|id| {
                let next = first.len();
                *first
                    .entry((self.templates[id].as_str(), alone(id).then_some(id)))
                    .or_insert(next)
            })
            .collect();
        let mut count = first.len();
        loop {
            let mut seen: HashMap<(usize, Vec<usize>), usize> = HashMap::new();
            let refined: Vec<usize> = (0..self.names.len())
                .map(|id| {
                    let referred = self.references[id].iter().map(|&r| classes[r]).collect();
                    let next = seen.len();
                    *seen.entry((classes[id], referred)).or_insert(next)
                })
                .collect();
            if seen.len() == count {
                return refined;
            }
            count = seen.len();
            classes = refined;
        }
    }

    /// The merged types that would give one type two impls of one trait
    /// (`From<A> for U` and `From<B> for U` once `A` is `B`), or `From<T>
    /// for T` or `TryFrom<T> for T`; empty when the merge compiles.
    fn conflicts(&self, types: &[Item], representative: &[String]) -> Vec<usize> {
        let is_kept = |id: usize| representative[id] == self.names[id];
        let mut conflicts = Vec::new();
        for module in [types, module_items(types, "builder")] {
            let mut headers: HashMap<String, Vec<usize>> = HashMap::new();
            for item in module {
                let Item::Impl(imp) = item else { continue };
                if imp.trait_.is_none() || impl_owner(imp, &self.ids).is_some_and(|id| !is_kept(id))
                {
                    continue;
                }
                let mut header = imp.clone();
                header.items.clear();
                let mut renamer = Renamer {
                    ids: &self.ids,
                    representative,
                    found: Vec::new(),
                };
                renamer.visit_item_impl_mut(&mut header);
                let named = renamer.found;
                let Some((_, trait_path, _)) = &header.trait_ else {
                    continue;
                };
                let (trait_text, self_text) = (
                    trait_path.to_token_stream().to_string(),
                    header.self_ty.to_token_stream().to_string(),
                );
                // core has `From<T> for T`, and `TryFrom<T> for T` from it.
                let is_conversion = trait_path
                    .segments
                    .last()
                    .is_some_and(|s| s.ident == "From" || s.ident == "TryFrom");
                if is_conversion && trait_text.ends_with(&format!("< {self_text} >")) {
                    conflicts.extend(named.iter().copied());
                }
                match headers.entry(format!("{trait_text} for {self_text}")) {
                    Entry::Occupied(previous) => {
                        conflicts.extend(previous.get().iter().copied());
                        conflicts.extend(named);
                    }
                    Entry::Vacant(slot) => {
                        slot.insert(named);
                    }
                }
            }
        }
        // Only merged types can be kept apart; the others are already.
        conflicts.retain(|&id| !is_kept(id));
        conflicts.sort_unstable();
        conflicts.dedup();
        conflicts
    }
}

/// Each type's representative: the shortest name of its class, then the
/// first alphabetically.
fn representatives(names: &[String], classes: &[usize]) -> Vec<String> {
    let mut best: HashMap<usize, &String> = HashMap::new();
    for (name, &class) in names.iter().zip(classes) {
        let entry = best.entry(class).or_insert(name);
        if (name.len(), name) < (entry.len(), *entry) {
            *entry = name;
        }
    }
    classes.iter().map(|class| best[class].clone()).collect()
}

/// Names each set of merged types ([`merged_names`]), then rewrites the
/// module: the kept definition under that name, every other name an alias.
fn name_and_apply(
    types: &mut Vec<Item>,
    groups: &Groups,
    classes: &[usize],
    sources: &NameSources,
) -> Merged {
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (id, &class) in classes.iter().enumerate() {
        members.entry(class).or_default().push(id);
    }
    members.retain(|_, ids| ids.len() > 1);
    let sets: Vec<merged_names::Set> = members
        .values()
        .map(|ids| merged_names::Set {
            members: ids.iter().map(|&id| groups.names[id].clone()).collect(),
            text: text_checks(types, &groups.names[ids[0]]),
            received: ids
                .iter()
                .all(|&id| sources.received.contains(&groups.names[id])),
            values: enum_values(types, &groups.names[ids[0]]),
            fields: struct_fields(types, &groups.names[ids[0]]),
        })
        .collect();
    let known = merged_names::Known {
        components: sources.components.clone(),
        taken: module_names(types),
        verbs: sources
            .operations
            .iter()
            .filter_map(|op| merged_names::words(op).first().map(|w| w.to_string()))
            .collect(),
    };
    let chosen = if sources.every_tag {
        merged_names::choose(&sets, &known)
    } else {
        merged_names::member_names(&sets, &known)
    };
    let mut merged = Merged::default();
    let mut renamed = BTreeMap::new();
    for (set, (name, step)) in sets.iter().zip(chosen) {
        if !set.members.contains(&name) {
            // The shortest member's definition is the one kept, renamed.
            let holder = set.members.iter().min_by_key(|m| (m.len(), *m));
            renamed.insert(holder.cloned().unwrap_or_default(), name.clone());
        }
        for member in set.members.iter().filter(|m| **m != name) {
            merged.aliases.insert(member.clone(), name.clone());
        }
        merged.names.push((name, step, set.members.len()));
    }
    apply(types, &groups.ids, &merged.aliases, &renamed);
    merged
}

/// The values of an enum whose variants are all unit variants but an open
/// enum's `Other(String)`.
fn enum_values(types: &[Item], name: &str) -> Option<Vec<String>> {
    types.iter().find_map(|item| match item {
        Item::Enum(e) if e.ident == name => e
            .variants
            .iter()
            .filter(|v| v.ident != "Other")
            .map(|v| matches!(v.fields, syn::Fields::Unit).then(|| v.ident.to_string()))
            .collect(),
        _ => None,
    })
}

/// The fields of a struct with named fields, PascalCase, without the kept
/// unknown ones.
fn struct_fields(types: &[Item], name: &str) -> Option<Vec<String>> {
    types.iter().find_map(|item| match item {
        Item::Struct(s) if s.ident == name => match &s.fields {
            syn::Fields::Named(fields) => Some(
                fields
                    .named
                    .iter()
                    .filter_map(|f| f.ident.as_ref().map(|i| i.to_string()))
                    .filter(|f| f != "unknown_fields")
                    .map(|f| {
                        heck::ToUpperCamelCase::to_upper_camel_case(f.trim_start_matches("r#"))
                    })
                    .collect(),
            ),
            _ => None,
        },
        _ => None,
    })
}

/// Every name `mod types` and its `mod builder` define.
fn module_names(types: &[Item]) -> BTreeSet<String> {
    types
        .iter()
        .chain(module_items(types, "builder"))
        .filter_map(|item| match item {
            Item::Struct(s) => Some(s.ident.to_string()),
            Item::Enum(e) => Some(e.ident.to_string()),
            Item::Type(t) => Some(t.ident.to_string()),
            Item::Fn(f) => Some(f.sig.ident.to_string()),
            Item::Mod(m) => Some(m.ident.to_string()),
            Item::Const(c) => Some(c.ident.to_string()),
            Item::Static(s) => Some(s.ident.to_string()),
            Item::Trait(t) => Some(t.ident.to_string()),
            _ => None,
        })
        .collect()
}

/// The checks of a string type (`struct X(String)`), read from the
/// conversion errors typify writes (`"shorter than 1 characters"`,
/// `"longer than 50 characters"`, `"doesn't match pattern \"…\""`).
pub(crate) fn text_checks(types: &[Item], name: &str) -> Option<TextChecks> {
    let is_text = types.iter().any(|item| match item {
        Item::Struct(s) if s.ident == name => match &s.fields {
            syn::Fields::Unnamed(f) if f.unnamed.len() == 1 => {
                let ty = f.unnamed[0].ty.to_token_stream().to_string();
                ty.ends_with("String") && !ty.contains('<')
            }
            _ => false,
        },
        _ => false,
    });
    if !is_text {
        return None;
    }
    struct Strings(Vec<String>);
    impl<'ast> syn::visit::Visit<'ast> for Strings {
        fn visit_lit_str(&mut self, lit: &'ast syn::LitStr) {
            self.0.push(lit.value());
        }
    }
    let mut strings = Strings(Vec::new());
    for item in types {
        if let Item::Impl(imp) = item {
            let own = matches!(&*imp.self_ty, Type::Path(p) if p.path.is_ident(name));
            if own
                && imp.trait_.as_ref().is_some_and(|(_, t, _)| {
                    t.segments.last().is_some_and(|s| s.ident == "FromStr")
                })
            {
                syn::visit::Visit::visit_item_impl(&mut strings, imp);
            }
        }
    }
    let number = |text: &str, before: &str| {
        text.strip_prefix(before)?
            .strip_suffix(" characters")?
            .parse::<u64>()
            .ok()
    };
    let mut checks = TextChecks::default();
    for text in &strings.0 {
        if let Some(n) = number(text, "shorter than ") {
            checks.min_length = Some(n);
        } else if let Some(n) = number(text, "longer than ") {
            checks.max_length = Some(n);
        } else if let Some(p) = text
            .strip_prefix("doesn't match pattern \"")
            .and_then(|p| p.strip_suffix('"'))
        {
            checks.pattern = Some(p.to_owned());
        }
    }
    Some(checks)
}

enum Owner {
    /// Its definition, an impl for it, its builder or a builder impl.
    Type(usize),
    /// Code that names types but is none's own.
    Unknown,
    /// Names no type (`mod builder`, `mod error`).
    None,
}

/// Which type an item of `types` or `types::builder` belongs to.
fn owner(item: &Item, ids: &Ids) -> Owner {
    let id = match item {
        Item::Struct(s) => ids.get(&s.ident.to_string()).copied(),
        Item::Enum(e) => ids.get(&e.ident.to_string()).copied(),
        Item::Impl(imp) => impl_owner(imp, ids),
        Item::Mod(_) => return Owner::None,
        _ => None,
    };
    id.map_or(Owner::Unknown, Owner::Type)
}

/// The type an impl belongs to: its self type when that is a generated type
/// (`X`, `super::X`, `&X`), else the one generated type among its trait's
/// arguments (`From<X> for String`).
fn impl_owner(imp: &ItemImpl, ids: &Ids) -> Option<usize> {
    if let Some(id) = local_type(&imp.self_ty, ids) {
        return Some(id);
    }
    let (_, trait_path, _) = imp.trait_.as_ref()?;
    let mut found = trait_path
        .segments
        .iter()
        .flat_map(|segment| match &segment.arguments {
            syn::PathArguments::AngleBracketed(args) => args
                .args
                .iter()
                .filter_map(|arg| match arg {
                    syn::GenericArgument::Type(ty) => local_type(ty, ids),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        });
    match (found.next(), found.next()) {
        (Some(id), None) => Some(id),
        _ => None,
    }
}

/// `X`, `super::X`, `&X`: the generated type it is, if any.
fn local_type(ty: &Type, ids: &Ids) -> Option<usize> {
    match ty {
        Type::Reference(r) => local_type(&r.elem, ids),
        Type::Path(p) if p.qself.is_none() && p.path.segments.len() <= 2 => {
            let (index, id) = reference(&p.path, ids)?;
            (index + 1 == p.path.segments.len()).then_some(id)
        }
        _ => None,
    }
}

/// The generated type a path starts with, after `super::`, `self::` or
/// `builder::` (`X`, `super::X`, `X::Variant`, `builder::X::default`): the
/// segment's index and the type's id.
fn reference(path: &syn::Path, ids: &Ids) -> Option<(usize, usize)> {
    if path.leading_colon.is_some() {
        return None;
    }
    let index = path
        .segments
        .iter()
        .position(|s| !["super", "self", "builder"].iter().any(|k| s.ident == k))?;
    let segment = &path.segments[index];
    if !segment.arguments.is_none() {
        return None;
    }
    ids.get(&segment.ident.to_string()).map(|&id| (index, id))
}

/// Every generated type a piece of code names.
fn named_types(item: &Item, ids: &Ids) -> Vec<usize> {
    let mut marker = Marker {
        ids,
        found: Vec::new(),
    };
    marker.visit_item_mut(&mut item.clone());
    marker.found
}

/// Replaces each reference to a generated type by [`MARKER`], noting it.
struct Marker<'a> {
    ids: &'a Ids,
    found: Vec<usize>,
}

impl Marker<'_> {
    fn mark(&mut self, ident: &mut syn::Ident) {
        if let Some(&id) = self.ids.get(&ident.to_string()) {
            self.found.push(id);
            *ident = syn::Ident::new(MARKER, ident.span());
        }
    }
}

impl VisitMut for Marker<'_> {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if let Some((index, _)) = reference(path, self.ids) {
            self.mark(&mut path.segments[index].ident);
        }
        visit_mut::visit_path_mut(self, path);
    }

    // A definition's own name (of the type or of its builder).
    fn visit_item_struct_mut(&mut self, item: &mut syn::ItemStruct) {
        self.mark(&mut item.ident);
        visit_mut::visit_item_struct_mut(self, item);
    }

    fn visit_item_enum_mut(&mut self, item: &mut syn::ItemEnum) {
        self.mark(&mut item.ident);
        visit_mut::visit_item_enum_mut(self, item);
    }
}

/// Replaces each reference to a generated type by its representative,
/// noting the ids of the types it renamed.
struct Renamer<'a> {
    ids: &'a Ids,
    representative: &'a [String],
    found: Vec<usize>,
}

impl VisitMut for Renamer<'_> {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if let Some((index, id)) = reference(path, self.ids) {
            self.found.push(id);
            let name = &self.representative[id];
            path.segments[index].ident = syn::Ident::new(name, proc_macro2::Span::call_site());
        }
        visit_mut::visit_path_mut(self, path);
    }
}

/// Removes a definition's own doc comment: it names the type, and it stays
/// on the alias. Field and variant docs are kept and compared.
fn strip_type_docs(item: &mut Item) {
    let attrs = match item {
        Item::Struct(s) => &mut s.attrs,
        Item::Enum(e) => &mut e.attrs,
        _ => return,
    };
    attrs.retain(|a| !a.path().is_ident("doc"));
}

fn doc_attrs(attrs: &[Attribute]) -> Vec<Attribute> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .cloned()
        .collect()
}

/// Turns each alias's definition into `pub type Alias = Type;` (in `types`
/// and `types::builder`) and removes its impls; a definition kept under a
/// new name (`renamed`) is renamed, everywhere in `types`, and its old name
/// becomes an alias too.
fn apply(
    types: &mut Vec<Item>,
    ids: &Ids,
    aliases: &BTreeMap<String, String>,
    renamed: &BTreeMap<String, String>,
) {
    let alias_ids: BTreeSet<usize> = aliases
        .keys()
        .filter(|name| !renamed.contains_key(*name))
        .filter_map(|name| ids.get(name).copied())
        .collect();
    rewrite_module(types, ids, &alias_ids, aliases, renamed, false);
    if let Some(builders) = module_items_mut(types, "builder") {
        rewrite_module(builders, ids, &alias_ids, aliases, renamed, true);
    }
    if !renamed.is_empty() {
        let mut renamer = NewNames { ids, renamed };
        for item in types.iter_mut() {
            renamer.visit_item_mut(item);
        }
    }
}

fn rewrite_module(
    items: &mut Vec<Item>,
    ids: &Ids,
    alias_ids: &BTreeSet<usize>,
    aliases: &BTreeMap<String, String>,
    renamed: &BTreeMap<String, String>,
    builders: bool,
) {
    items.retain(|item| match item {
        Item::Impl(imp) => !impl_owner(imp, ids).is_some_and(|id| alias_ids.contains(&id)),
        _ => true,
    });
    let alias_item = |ident: &syn::Ident, attrs: &[Attribute], target: &str| -> Item {
        let target = syn::Ident::new(target, ident.span());
        let note = if builders {
            format!("The builder of [`super::{ident}`], which is [`super::{target}`].")
        } else {
            format!(
                "The same type as [`{target}`]: the document defines both alike, \
                 so the crate generates it once."
            )
        };
        parse_quote! {
            #(#attrs)*
            #[doc = ""]
            #[doc = #note]
            pub type #ident = #target;
        }
    };
    let mut index = 0;
    while index < items.len() {
        let (ident, attrs) = match &items[index] {
            Item::Struct(s) => (s.ident.clone(), doc_attrs(&s.attrs)),
            Item::Enum(e) => (e.ident.clone(), doc_attrs(&e.attrs)),
            _ => {
                index += 1;
                continue;
            }
        };
        let name = ident.to_string();
        if let Some(new) = renamed.get(&name) {
            let count = aliases.values().filter(|t| *t == new).count();
            let doc = if builders {
                format!("A builder of [`super::{new}`].")
            } else {
                format!(
                    "`{new}`: the document defines this type alike under {count} names, \
                     such as [`{name}`]; each is a `pub type` alias of it."
                )
            };
            let new_ident = syn::Ident::new(new, ident.span());
            let (own_ident, own_attrs) = match &mut items[index] {
                Item::Struct(s) => (&mut s.ident, &mut s.attrs),
                Item::Enum(e) => (&mut e.ident, &mut e.attrs),
                _ => unreachable!("matched above"),
            };
            *own_ident = new_ident;
            own_attrs.retain(|a| !a.path().is_ident("doc"));
            own_attrs.insert(0, parse_quote!(#[doc = #doc]));
            items.insert(index + 1, alias_item(&ident, &attrs, new));
            index += 2;
            continue;
        }
        if let Some(target) = aliases.get(&name) {
            items[index] = alias_item(&ident, &attrs, target);
        }
        index += 1;
    }
}

/// Renames every reference to a renamed definition (`impl Display for
/// Old`, `builder::Old`, a field's type) to its new name.
struct NewNames<'a> {
    ids: &'a Ids,
    renamed: &'a BTreeMap<String, String>,
}

impl VisitMut for NewNames<'_> {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if let Some((index, _)) = reference(path, self.ids) {
            let ident = &mut path.segments[index].ident;
            if let Some(new) = self.renamed.get(&ident.to_string()) {
                *ident = syn::Ident::new(new, ident.span());
            }
        }
        visit_mut::visit_path_mut(self, path);
    }

    // Not the aliases just made: `pub type Old = New;` stays.
    fn visit_item_type_mut(&mut self, _: &mut syn::ItemType) {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn merge(tokens: proc_macro2::TokenStream) -> (BTreeMap<String, String>, String) {
        let mut file: syn::File = syn::parse2(tokens).unwrap();
        let none = BTreeSet::new();
        let sources = NameSources {
            components: &none,
            operations: &none,
            received: &none,
            every_tag: true,
        };
        let merged = merge_identical_types(&mut file, &sources);
        (merged.aliases, prettyplease::unparse(&file))
    }

    fn pairs(aliases: &BTreeMap<String, String>) -> Vec<(&str, &str)> {
        aliases
            .iter()
            .map(|(a, t)| (a.as_str(), t.as_str()))
            .collect()
    }

    #[test]
    fn identical_structs_become_one_type_with_aliases_in_types_and_builder() {
        let (aliases, out) = merge(quote! {
            pub mod types {
                #[doc = "`WalletName`"]
                #[derive(Clone, Debug)]
                pub struct WalletName { #[doc = "The name."] pub name: String }
                impl WalletName { pub fn builder() -> builder::WalletName { Default::default() } }
                impl ::std::convert::From<&WalletName> for WalletName {
                    fn from(value: &WalletName) -> Self { value.clone() }
                }
                #[doc = "`KeyName`"]
                #[derive(Clone, Debug)]
                pub struct KeyName { #[doc = "The name."] pub name: String }
                impl KeyName { pub fn builder() -> builder::KeyName { Default::default() } }
                impl ::std::convert::From<&KeyName> for KeyName {
                    fn from(value: &KeyName) -> Self { value.clone() }
                }
                pub mod builder {
                    #[derive(Clone, Debug, Default)]
                    pub struct WalletName { name: Result<String, String> }
                    impl ::std::convert::TryFrom<WalletName> for super::WalletName {
                        type Error = String;
                        fn try_from(v: WalletName) -> Result<Self, String> { Ok(Self { name: v.name? }) }
                    }
                    #[derive(Clone, Debug, Default)]
                    pub struct KeyName { name: Result<String, String> }
                    impl ::std::convert::TryFrom<KeyName> for super::KeyName {
                        type Error = String;
                        fn try_from(v: KeyName) -> Result<Self, String> { Ok(Self { name: v.name? }) }
                    }
                }
            }
        });
        assert_eq!(pairs(&aliases), [("WalletName", "KeyName")]);
        // The alias keeps its own doc; its impls and builder go.
        assert!(
            out.contains("    ///`WalletName`\n    ///\n    ///The same type as [`KeyName`]"),
            "{out}"
        );
        assert!(out.contains("    pub type WalletName = KeyName;"), "{out}");
        assert!(
            out.contains("        pub type WalletName = KeyName;"),
            "{out}"
        );
        assert_eq!(
            out.matches("impl ::std::convert::From<&").count(),
            1,
            "{out}"
        );
        assert_eq!(
            out.matches("impl ::std::convert::TryFrom<").count(),
            1,
            "{out}"
        );
        assert!(!out.contains("pub struct WalletName"), "{out}");
    }

    #[test]
    fn a_set_named_anew_keeps_one_definition_under_that_name_and_every_old_name() {
        let (aliases, out) = merge(quote! {
            pub mod types {
                #[doc = "Iota's amount."]
                pub struct IotaAmount(::std::string::String);
                impl ::std::str::FromStr for IotaAmount {
                    type Err = self::error::ConversionError;
                    fn from_str(value: &str) -> Result<Self, Self::Err> {
                        if !PATTERN.is_match(value) {
                            return Err("doesn't match pattern \"^\\d+$\"".into());
                        }
                        Ok(Self(value.to_string()))
                    }
                }
                impl ::std::convert::From<&IotaAmount> for IotaAmount {
                    fn from(value: &IotaAmount) -> Self { value.clone() }
                }
                pub struct ListKeysLimit(::std::string::String);
                impl ::std::str::FromStr for ListKeysLimit {
                    type Err = self::error::ConversionError;
                    fn from_str(value: &str) -> Result<Self, Self::Err> {
                        if !PATTERN.is_match(value) {
                            return Err("doesn't match pattern \"^\\d+$\"".into());
                        }
                        Ok(Self(value.to_string()))
                    }
                }
                impl ::std::convert::From<&ListKeysLimit> for ListKeysLimit {
                    fn from(value: &ListKeysLimit) -> Self { value.clone() }
                }
                pub struct Transfer { pub amount: IotaAmount }
            }
        });
        assert_eq!(
            pairs(&aliases),
            [
                ("IotaAmount", "DecimalString"),
                ("ListKeysLimit", "DecimalString")
            ]
        );
        assert!(
            out.contains("pub struct DecimalString(::std::string::String);"),
            "{out}"
        );
        assert!(
            out.contains("impl ::std::str::FromStr for DecimalString"),
            "{out}"
        );
        assert!(
            out.contains("From<&DecimalString> for DecimalString"),
            "{out}"
        );
        assert!(out.contains("pub amount: DecimalString"), "{out}");
        // The old names stay, each with its own doc.
        assert!(
            out.contains("///Iota's amount.\n    ///\n    ///The same type as [`DecimalString`]"),
            "{out}"
        );
        assert!(
            out.contains("pub type IotaAmount = DecimalString;"),
            "{out}"
        );
        assert!(
            out.contains("pub type ListKeysLimit = DecimalString;"),
            "{out}"
        );
        assert_eq!(out.matches("pub struct").count(), 2, "{out}");
    }

    #[test]
    fn types_differing_in_a_field_name_a_field_doc_or_an_attribute_stay_apart() {
        let (aliases, _) = merge(quote! {
            pub mod types {
                pub struct A { pub name: String }
                pub struct B { pub label: String }
                pub struct C { #[doc = "Other meaning."] pub name: String }
                #[serde(deny_unknown_fields)]
                pub struct D { pub name: String }
            }
        });
        assert!(aliases.is_empty(), "{aliases:?}");
    }

    #[test]
    fn types_merge_when_the_types_they_hold_merge_recursive_ones_included() {
        let (aliases, _) = merge(quote! {
            pub mod types {
                pub struct Amount(String);
                pub struct Value(String);
                pub struct Fee { pub amount: Amount, pub next: Option<Box<Fee>> }
                pub struct Cost { pub amount: Value, pub next: Option<Box<Cost>> }
                pub struct Tip { pub amount: Value, pub next: Option<Box<Fee>> }
            }
        });
        // Named by the rule (`merged_names`): the shortest name, or a name
        // from the fields when nothing else is true of every member.
        assert_eq!(
            pairs(&aliases),
            [
                ("Amount", "Value"),
                ("Cost", "AmountAndNext"),
                ("Fee", "AmountAndNext"),
                ("Tip", "AmountAndNext")
            ]
        );
    }

    #[test]
    fn a_merge_that_would_make_two_from_impls_for_one_type_is_not_made() {
        let (aliases, out) = merge(quote! {
            pub mod types {
                pub struct Evm { pub to: String }
                pub struct Tron { pub to: String }
                pub struct Sol { pub to: String }
                pub struct Ton { pub to: String }
                pub enum Transfer { Evm(Evm), Tron(Tron) }
                impl ::std::convert::From<Evm> for Transfer {
                    fn from(value: Evm) -> Self { Self::Evm(value) }
                }
                impl ::std::convert::From<Tron> for Transfer {
                    fn from(value: Tron) -> Self { Self::Tron(value) }
                }
            }
        });
        // `Tron` stays its own type, so `Transfer::from(tron)` still picks
        // the `Tron` variant; the types no impl tells apart still merge.
        assert_eq!(pairs(&aliases), [("Sol", "Evm"), ("Ton", "Evm")]);
        assert_eq!(out.matches("for Transfer").count(), 2, "{out}");
        // Each converts from the other: merged, that would be `From<T> for
        // T`, which core already has (and `TryFrom<T> for T` with it).
        for conversion in [quote!(From), quote!(TryFrom)] {
            let (aliases, _) = merge(quote! {
                pub mod types {
                    pub struct Left { pub to: String }
                    impl ::std::convert::#conversion<Right> for Left {
                        fn convert(value: Right) -> Self { Self { to: value.to } }
                    }
                    pub struct Right { pub to: String }
                    impl ::std::convert::#conversion<Left> for Right {
                        fn convert(value: Left) -> Self { Self { to: value.to } }
                    }
                }
            });
            assert!(aliases.is_empty(), "{conversion}: {aliases:?}");
        }
    }

    #[test]
    fn types_named_by_code_no_type_owns_are_left_alone() {
        let (aliases, _) = merge(quote! {
            pub mod types {
                pub struct A(String);
                pub struct B(String);
                pub struct C(String);
                pub fn helper(a: A) -> String { a.0 }
            }
        });
        assert_eq!(pairs(&aliases), [("C", "B")]);
    }
}
