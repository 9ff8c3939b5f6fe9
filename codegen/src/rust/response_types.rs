//! Which Rust type each operation's success body decodes into, read from
//! the generated `send` methods (`Result<ResponseValue<T>, Error>`), so the
//! mock can check its canned and stubbed bodies against the real types.

use quote::ToTokens;
use syn::visit::{self, Visit};
use syn::Type;

use crate::rust::layout::{operation_id, send_body_type};

/// `(operation name, T)` for every `send` whose `T` is a JSON body: not
/// `()` (no body) and not `ByteStream` (raw bytes). Paths in `T` are as
/// written in progenitor's `builder` module (`types::…`).
///
/// Fails when a `send` with a JSON body has no operation id to be found:
/// the mock's response checks would then accept every body silently.
pub fn response_types(file: &syn::File) -> Result<Vec<(String, String)>, String> {
    let mut finder = Finder::default();
    finder.visit_file(file);
    if finder.without_id > 0 {
        return Err(format!(
            "response_types: {} operations' `send` has no `OperationInfo {{ operation_id }}` in \
             progenitor {}'s output; the mock could not check their responses",
            finder.without_id,
            super::PROGENITOR_VERSION
        ));
    }
    Ok(finder.found)
}

#[derive(Default)]
struct Finder {
    found: Vec<(String, String)>,
    without_id: usize,
}

impl<'ast> Visit<'ast> for Finder {
    fn visit_impl_item_fn(&mut self, f: &'ast syn::ImplItemFn) {
        if f.sig.ident == "send" {
            if let Some(ty) = send_body_type(f) {
                let is_json = !matches!(ty, Type::Tuple(t) if t.elems.is_empty())
                    && !matches!(ty, Type::Path(p) if p.path.is_ident("ByteStream"));
                match operation_id(f) {
                    Some(name) if is_json => {
                        self.found.push((name, ty.to_token_stream().to_string()))
                    }
                    None if is_json => self.without_id += 1,
                    _ => {}
                }
            }
        }
        visit::visit_impl_item_fn(self, f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_body_type_of_each_send() {
        let file: syn::File = syn::parse_quote! {
            pub mod builder {
                impl<'a> GetWallet<'a> {
                    pub async fn send(self) -> Result<ResponseValue<types::GetWalletResponse>, Error> {
                        let info = OperationInfo { operation_id: "get_wallet" };
                        todo!()
                    }
                }
                impl<'a> DeleteThing<'a> {
                    pub async fn send(self) -> Result<ResponseValue<()>, Error> {
                        let info = OperationInfo { operation_id: "delete_thing" };
                        todo!()
                    }
                }
                impl<'a> Download<'a> {
                    pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error> {
                        let info = OperationInfo { operation_id: "download" };
                        todo!()
                    }
                }
            }
        };
        assert_eq!(
            response_types(&file).unwrap(),
            vec![(
                "get_wallet".to_owned(),
                "types :: GetWalletResponse".to_owned()
            )]
        );
    }

    #[test]
    fn a_send_without_an_operation_id_fails_loudly() {
        let file: syn::File = syn::parse_quote! {
            pub mod builder {
                impl<'a> GetWallet<'a> {
                    pub async fn send(self) -> Result<ResponseValue<types::GetWalletResponse>, Error> {
                        todo!()
                    }
                }
            }
        };
        let err = response_types(&file).unwrap_err();
        assert!(
            err.contains("response_types") && err.contains("0.15"),
            "{err}"
        );
    }
}
