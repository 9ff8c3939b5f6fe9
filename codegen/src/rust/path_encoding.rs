//! Path parameters are percent-encoded by the crate, not by progenitor's
//! `encode_path`: that one leaves `\` as it is, and the URL parser reads a
//! `\` in an https path as `/`, so a user-supplied id such as
//! `x\..\wa-victim` would move a signed request to another resource.
//! `crate::transport::encode_path_segment` encodes every byte but the
//! unreserved ones (`.` stays: `.` and `..` segments are refused before
//! sending, see `transport::check_destination`).

use proc_macro2::{Group, TokenStream, TokenTree};
use syn::visit_mut::{self, VisitMut};

/// Replaces every call of `encode_path`, in code and inside macros (the
/// URL is built in a `format!`); returns how many there were.
pub fn encode_path_segments_in_crate(file: &mut syn::File) -> usize {
    struct Rewrite(usize);
    impl VisitMut for Rewrite {
        fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
            if let syn::Expr::Path(p) = &mut *call.func {
                if p.path.is_ident("encode_path") {
                    p.path = syn::parse_quote!(crate::transport::encode_path_segment);
                    self.0 += 1;
                }
            }
            visit_mut::visit_expr_call_mut(self, call);
        }
        fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
            mac.tokens = replace_in_tokens(std::mem::take(&mut mac.tokens), &mut self.0);
        }
    }
    let mut rewrite = Rewrite(0);
    rewrite.visit_file_mut(file);
    rewrite.0
}

/// `encode_path` followed by a parenthesized group, replaced at any depth.
fn replace_in_tokens(tokens: TokenStream, count: &mut usize) -> TokenStream {
    let mut out = Vec::new();
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            TokenTree::Ident(ident)
                if ident == "encode_path"
                    && matches!(tokens.peek(), Some(TokenTree::Group(g)) if g.delimiter() == proc_macro2::Delimiter::Parenthesis) =>
            {
                *count += 1;
                out.extend(quote::quote!(crate::transport::encode_path_segment));
            }
            TokenTree::Group(group) => {
                let inner = replace_in_tokens(group.stream(), count);
                let mut replaced = Group::new(group.delimiter(), inner);
                replaced.set_span(group.span());
                out.push(TokenTree::Group(replaced));
            }
            other => out.push(other),
        }
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn progenitors_encoder_is_replaced() {
        let mut file: syn::File = syn::parse2(quote! {
            fn send() {
                let url = format!("{}/wallets/{}", client.baseurl, encode_path(&wallet_id.to_string()));
            }
        })
        .unwrap();
        assert_eq!(encode_path_segments_in_crate(&mut file), 1);
        let out = quote!(#file).to_string();
        assert!(
            out.contains("crate :: transport :: encode_path_segment (& wallet_id"),
            "{out}"
        );
    }
}
