//! The document's bounds on integer query parameters, checked on the
//! request side. progenitor turns `limit: {type: integer, minimum: 1,
//! maximum: 500}` into a `NonZeroU64` and drops the maximum, so
//! `.limit(100_000)` was sent. Each bounded parameter's setter gets
//!
//! ```text
//! self.limit = crate::bounds::check_query_integer("limit", self.limit, Some(1), Some(500));
//! ```
//!
//! so a value out of bounds is `Error::InvalidRequest` from `send()` (and
//! from a `stream()`'s first item), before any I/O.

use std::collections::BTreeMap;

use serde_json::Value;
use syn::{parse_quote, ImplItem, Item, Type};

use crate::rust::layout::{builder_items_mut, operation_id, send_fn};

/// One bounded integer query parameter.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Bound {
    /// The parameter's name in the document (`limit`).
    pub name: String,
    pub minimum: Option<i64>,
    pub maximum: Option<i64>,
}

/// The bounded integer query parameters of each operation, by operation
/// id, read from the (translated) document.
pub(crate) fn collect(doc: &Value) -> BTreeMap<String, Vec<Bound>> {
    let mut out: BTreeMap<String, Vec<Bound>> = BTreeMap::new();
    // `#/components/parameters/Limit`, `#/components/schemas/PageSize`.
    let resolve = |value: &'_ Value| -> Option<Value> {
        match value.get("$ref").and_then(Value::as_str) {
            Some(r) => doc.pointer(r.strip_prefix('#')?).cloned(),
            None => Some(value.clone()),
        }
    };
    for item in doc
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|p| p.values())
    {
        for op in crate::operations::METHODS
            .iter()
            .filter_map(|m| item.get(*m))
        {
            let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            // An operation's parameter overrides the path's of the same
            // name and place.
            let mut parameters: BTreeMap<(String, String), Value> = BTreeMap::new();
            for list in [item.get("parameters"), op.get("parameters")] {
                for parameter in list.and_then(Value::as_array).into_iter().flatten() {
                    let Some(parameter) = resolve(parameter) else {
                        continue;
                    };
                    let key = (
                        parameter["name"].as_str().unwrap_or_default().to_owned(),
                        parameter["in"].as_str().unwrap_or_default().to_owned(),
                    );
                    parameters.insert(key, parameter);
                }
            }
            for ((name, place), parameter) in parameters {
                let Some(schema) = resolve(&parameter["schema"]) else {
                    continue;
                };
                if place != "query" || schema["type"] != "integer" {
                    continue;
                }
                let bound = Bound {
                    name,
                    minimum: integer_bound(&schema, "minimum", "exclusiveMinimum", 1.0),
                    maximum: integer_bound(&schema, "maximum", "exclusiveMaximum", -1.0),
                };
                if bound.minimum.is_some() || bound.maximum.is_some() {
                    out.entry(id.to_owned()).or_default().push(bound);
                }
            }
        }
    }
    out
}

/// An integer's inclusive bound: `maximum: 500` → 500; with the 3.0
/// `exclusiveMaximum: true` → 499; `maximum: 100.5` → 100. (The 3.1 numeric
/// `exclusiveMaximum` is already rewritten into this form by
/// `document::rules`.)
fn integer_bound(schema: &Value, key: &str, exclusive: &str, step: f64) -> Option<i64> {
    let value = schema.get(key)?.as_f64()?;
    let inclusive = if step > 0.0 {
        value.ceil()
    } else {
        value.floor()
    };
    let exclusive = schema.get(exclusive).and_then(Value::as_bool) == Some(true);
    let bound = if exclusive && inclusive == value {
        inclusive + step
    } else {
        inclusive
    };
    // Beyond i64 nothing a setter takes can reach it.
    (bound.abs() < 9.0e18).then_some(bound as i64)
}

/// Adds the check to each bounded parameter's setter; returns the
/// `operation.parameter` pairs whose setter it did not find (the build
/// warns: their bounds are not checked).
pub(crate) fn check_bounds(
    file: &mut syn::File,
    bounds: &BTreeMap<String, Vec<Bound>>,
) -> Vec<String> {
    let mut checked = Vec::new();
    let missed = |checked: &[String]| -> Vec<String> {
        bounds
            .iter()
            .flat_map(|(op, bounds)| bounds.iter().map(move |b| format!("{op}.{}", b.name)))
            .filter(|pair| !checked.contains(pair))
            .collect()
    };
    let Some(builders) = builder_items_mut(file) else {
        return missed(&checked);
    };
    for item in builders.iter_mut() {
        let Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() || !matches!(&*imp.self_ty, Type::Path(_)) {
            continue;
        }
        let Some(operation) = send_fn(imp).and_then(operation_id) else {
            continue;
        };
        let Some(bounds) = bounds.get(&operation) else {
            continue;
        };
        for bound in bounds {
            let setter_name = heck::ToSnakeCase::to_snake_case(bound.name.as_str());
            let Some(setter) = imp.items.iter_mut().find_map(|i| match i {
                ImplItem::Fn(f) if f.sig.ident == setter_name => Some(f),
                _ => None,
            }) else {
                continue;
            };
            let field = syn::Ident::new(&setter_name, proc_macro2::Span::call_site());
            let name = &bound.name;
            let option = |v: Option<i64>| -> syn::Expr {
                match v {
                    Some(v) => parse_quote!(::std::option::Option::Some(#v)),
                    None => parse_quote!(::std::option::Option::None),
                }
            };
            let (minimum, maximum) = (option(bound.minimum), option(bound.maximum));
            // Before the setter's last statement, `self`.
            let at = setter.block.stmts.len().saturating_sub(1);
            setter.block.stmts.insert(
                at,
                parse_quote! {
                    self.#field = crate::bounds::check_query_integer(
                        #name, self.#field, #minimum, #maximum,
                    );
                },
            );
            checked.push(format!("{operation}.{name}"));
        }
    }
    missed(&checked)
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;
    use serde_json::json;

    #[test]
    fn reads_bounded_integer_query_parameters_shared_ones_too() {
        let doc = json!({
            "components": {"parameters": {"Limit": {
                "name": "limit", "in": "query",
                "schema": {"type": "integer", "minimum": 1, "maximum": 200}
            }}},
            "paths": {"/wallets": {"get": {
                "operationId": "list_wallets",
                "parameters": [
                    {"$ref": "#/components/parameters/Limit"},
                    {"name": "pageToken", "in": "query", "schema": {"type": "string"}},
                    {"name": "count", "in": "query", "schema": {"type": "integer"}},
                    {"name": "id", "in": "path", "schema": {"type": "integer", "maximum": 9}}
                ]
            }}}
        });
        assert_eq!(
            collect(&doc)["list_wallets"],
            [Bound {
                name: "limit".into(),
                minimum: Some(1),
                maximum: Some(200)
            }]
        );
    }

    #[test]
    fn exclusive_and_fractional_bounds_overrides_and_ref_schemas() {
        let doc = json!({
            "components": {"schemas": {"PageSize": {"type": "integer", "maximum": 50}}},
            "paths": {"/wallets": {
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}}
                ],
                "get": {
                    "operationId": "list_wallets",
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer",
                            "minimum": 0, "exclusiveMinimum": true,
                            "maximum": 500, "exclusiveMaximum": true}},
                        {"name": "size", "in": "query", "schema": {"$ref": "#/components/schemas/PageSize"}},
                        {"name": "depth", "in": "query", "schema": {"type": "integer", "maximum": 10.5}}
                    ]
                }
            }}
        });
        let bound = |name: &str, minimum, maximum| Bound {
            name: name.into(),
            minimum,
            maximum,
        };
        assert_eq!(
            collect(&doc)["list_wallets"],
            [
                bound("depth", None, Some(10)),
                bound("limit", Some(1), Some(499)),
                bound("size", None, Some(50)),
            ]
        );
    }

    #[test]
    fn the_setter_checks_the_bounds() {
        let mut file: syn::File = syn::parse2(quote! {
            pub mod builder {
                impl<'a> ListWallets<'a> {
                    pub fn limit<V>(mut self, value: V) -> Self
                    where V: std::convert::TryInto<::std::num::NonZeroU64>,
                    {
                        self.limit = value.try_into().map(Some).map_err(|_| "bad".to_string());
                        self
                    }
                    pub async fn send(self) -> Result<(), Error> {
                        let info = OperationInfo { operation_id: "list_wallets" };
                        Ok(())
                    }
                }
            }
        })
        .unwrap();
        let bounds = BTreeMap::from([(
            "list_wallets".to_owned(),
            vec![Bound {
                name: "limit".into(),
                minimum: Some(1),
                maximum: Some(200),
            }],
        )]);
        let mut more = bounds.clone();
        more.insert("gone".into(), bounds["list_wallets"].clone());
        assert_eq!(check_bounds(&mut file, &more), ["gone.limit"]);
        let out = prettyplease::unparse(&file);
        assert!(
            out.contains(
                "self.limit = crate::bounds::check_query_integer(\n                \"limit\",\n                self.limit,\n                ::std::option::Option::Some(1i64),\n                ::std::option::Option::Some(200i64),\n            );\n            self\n"
            ),
            "{out}"
        );
    }
}
