//! The document's bounds on integer query and path parameters, checked on
//! the request side. progenitor turns `limit: {type: integer, minimum: 1,
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
                // A path parameter's setter is the same kind of setter.
                if place != "query" && place != "path" {
                    continue;
                }
                let Some((minimum, maximum)) = integer_bounds(&parameter["schema"], &resolve)
                else {
                    continue;
                };
                if minimum.is_some() || maximum.is_some() {
                    out.entry(id.to_owned()).or_default().push(Bound {
                        name,
                        minimum,
                        maximum,
                    });
                }
            }
        }
    }
    out
}

/// The inclusive bounds of an integer schema, through `$ref` and `allOf`
/// (a 3.1 `$ref` with siblings becomes `allOf: [{$ref}]` with them): the
/// tightest of all. `None` when it is not an integer.
fn integer_bounds(
    schema: &Value,
    resolve: &dyn Fn(&Value) -> Option<Value>,
) -> Option<(Option<i64>, Option<i64>)> {
    let schema = resolve(schema)?;
    let mut is_integer = schema["type"] == "integer";
    let mut minimum = integer_bound(&schema, "minimum", "exclusiveMinimum", 1);
    let mut maximum = integer_bound(&schema, "maximum", "exclusiveMaximum", -1);
    for member in schema["allOf"].as_array().into_iter().flatten() {
        if let Some((min, max)) = integer_bounds(member, resolve) {
            is_integer = true;
            minimum = minimum.max(min);
            maximum = match (maximum, max) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
        }
    }
    is_integer.then_some((minimum, maximum))
}

/// An integer's inclusive bound: `maximum: 500` → 500; with the 3.0
/// `exclusiveMaximum: true` → 499; `maximum: 100.5` → 100. (The 3.1 numeric
/// `exclusiveMaximum` is already rewritten into this form by
/// `document::rules`.) Integers are read exactly; a fractional bound
/// beyond `i64` bounds nothing a setter takes.
fn integer_bound(schema: &Value, key: &str, exclusive: &str, step: i64) -> Option<i64> {
    let value = schema.get(key)?;
    let exclusive = schema.get(exclusive).and_then(Value::as_bool) == Some(true);
    if let Some(v) = value.as_i64() {
        return Some(if exclusive { v.saturating_add(step) } else { v });
    }
    let v = value.as_f64()?;
    let inclusive = if step > 0 { v.ceil() } else { v.floor() };
    let bound = if exclusive && inclusive == v {
        inclusive + step as f64
    } else {
        inclusive
    };
    (bound.abs() < 9.2e18).then_some(bound as i64)
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
        // A path parameter has a setter too; a header's is not checked.
        assert_eq!(
            collect(&doc)["list_wallets"],
            [
                Bound {
                    name: "id".into(),
                    minimum: None,
                    maximum: Some(9)
                },
                Bound {
                    name: "limit".into(),
                    minimum: Some(1),
                    maximum: Some(200)
                }
            ]
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
                        {"name": "depth", "in": "query", "schema": {"type": "integer", "maximum": 10.5}},
                        {"name": "page", "in": "query", "schema": {"allOf": [
                            {"$ref": "#/components/schemas/PageSize"}], "maximum": 20}},
                        {"name": "big", "in": "query", "schema": {"type": "integer",
                            "maximum": 9007199254740993i64}},
                        {"name": "level", "in": "path", "schema": {"type": "integer", "maximum": 5}},
                        {"name": "trace", "in": "header", "schema": {"type": "integer", "maximum": 5}}
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
                bound("big", None, Some(9007199254740993)),
                bound("depth", None, Some(10)),
                bound("level", None, Some(5)),
                bound("limit", Some(1), Some(499)),
                bound("page", None, Some(20)),
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
