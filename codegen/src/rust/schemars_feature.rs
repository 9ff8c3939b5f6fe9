//! `schemars::JsonSchema` derives behind the crate's `schemars` feature.
//!
//! The derives cost a good part of the compile time of a large spec
//! (whole Dfns API, debug, 2 cores, rustc on dfns alone: 27 s / 2.2 GB
//! with them, 22 s / 1.9 GB without, once identical types are merged), so
//! crates that do not export schemas can turn them off. Every
//! `#[derive(.., schemars::JsonSchema, ..)]` becomes the same derive
//! without it plus `#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]`.

use syn::visit_mut::{self, VisitMut};
use syn::{parse_quote, Attribute};

use crate::rust::layout::remove_derive;

struct Gate;

fn gate(attrs: &mut Vec<Attribute>) {
    if remove_derive(attrs, "JsonSchema") {
        attrs.push(parse_quote!(#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]));
    }
}

impl VisitMut for Gate {
    fn visit_item_struct_mut(&mut self, item: &mut syn::ItemStruct) {
        gate(&mut item.attrs);
        visit_mut::visit_item_struct_mut(self, item);
    }

    fn visit_item_enum_mut(&mut self, item: &mut syn::ItemEnum) {
        gate(&mut item.attrs);
        visit_mut::visit_item_enum_mut(self, item);
    }
}

/// Gates every `JsonSchema` derive of the generated file.
pub fn gate_json_schema(file: &mut syn::File) {
    Gate.visit_file_mut(file);
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn json_schema_derive_moves_behind_the_feature() {
        let mut file: syn::File = syn::parse2(quote! {
            pub mod types {
                #[derive(::serde::Deserialize, Clone, schemars::JsonSchema)]
                #[serde(deny_unknown_fields)]
                pub struct A { pub x: u8 }
                #[derive(Clone)]
                pub struct B;
            }
        })
        .unwrap();
        gate_json_schema(&mut file);
        let out = quote!(#file).to_string();
        assert!(
            out.contains("# [derive (:: serde :: Deserialize , Clone)] # [serde (deny_unknown_fields)] # [cfg_attr (feature = \"schemars\" , derive (schemars :: JsonSchema))] pub struct A"),
            "{out}"
        );
        assert!(out.contains("# [derive (Clone)] pub struct B"), "{out}");
    }
}
