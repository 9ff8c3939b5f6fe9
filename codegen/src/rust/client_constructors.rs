//! progenitor's `Client::new` (its own 15 s timeouts) and
//! `Client::new_with_client` take a `ClientState` users cannot build and
//! bypass the checks of `Client::builder()`: they become crate-private, so
//! the docs show only what works.

use syn::{parse_quote, ImplItem, Item};

/// Makes `Client::new` and `Client::new_with_client` `pub(crate)`. Fails
/// when progenitor's output has neither, so a generator upgrade that
/// renames them cannot leave them public silently.
pub fn hide_client_constructors(file: &mut syn::File) -> Result<(), String> {
    let mut hidden = 0;
    for item in &mut file.items {
        let Item::Impl(imp) = item else { continue };
        let is_client = imp.trait_.is_none()
            && matches!(&*imp.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"));
        if !is_client {
            continue;
        }
        for inner in &mut imp.items {
            if let ImplItem::Fn(f) = inner {
                if f.sig.ident == "new" || f.sig.ident == "new_with_client" {
                    f.vis = parse_quote!(pub(crate));
                    f.attrs.push(parse_quote!(#[allow(dead_code)]));
                    hidden += 1;
                }
            }
        }
    }
    if hidden == 0 {
        return Err(
            "client_constructors: progenitor's output has no `impl Client { pub fn new… }`; \
                    the pass that hides them needs updating for this progenitor version"
                .into(),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn the_constructors_become_crate_private() {
        let mut file: syn::File = syn::parse2(quote! {
            impl Client {
                pub fn new(baseurl: &str, inner: State) -> Self { todo!() }
                pub fn new_with_client(baseurl: &str, client: reqwest::Client, inner: State) -> Self { todo!() }
                pub fn list_wallets(&self) -> builder::ListWallets<'_> { todo!() }
            }
        })
        .unwrap();
        hide_client_constructors(&mut file).unwrap();
        let out = quote!(#file).to_string();
        assert_eq!(out.matches("pub (crate) fn new").count(), 2, "{out}");
        assert!(out.contains("pub fn list_wallets"), "{out}");
    }

    #[test]
    fn a_missing_constructor_fails_loudly() {
        let mut file: syn::File = syn::parse2(quote! { impl Other { pub fn new() {} } }).unwrap();
        let err = hide_client_constructors(&mut file).unwrap_err();
        assert!(err.contains("client_constructors"), "{err}");
    }
}
