//! Loading private keys: every supported encoding works, every bad input is
//! an error that says what was wrong.

mod common;

use dfns::{KeyError, KeySigner};

fn load_error(pem: &str) -> KeyError {
    KeySigner::from_pem("cr", pem).map(|_| ()).unwrap_err()
}

#[test]
fn empty_and_garbage_say_so() {
    assert_eq!(load_error(""), KeyError::Empty);
    assert_eq!(load_error("  \n"), KeyError::Empty);
    assert_eq!(load_error("hello, I am not a key"), KeyError::NotPem);
}

#[test]
fn truncated_pem_is_reported() {
    let pem = common::ed25519_pkcs8();
    let truncated = &pem[..pem.len() / 2];
    assert_eq!(
        load_error(truncated),
        KeyError::Truncated {
            label: "PRIVATE KEY".into()
        }
    );
    let empty_body = "-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n";
    assert_eq!(
        load_error(empty_body),
        KeyError::Truncated {
            label: "PRIVATE KEY".into()
        }
    );
}

#[test]
fn corrupted_body_is_reported() {
    let bad_base64 = "-----BEGIN PRIVATE KEY-----\n!!!!\n-----END PRIVATE KEY-----\n";
    assert_eq!(
        load_error(bad_base64),
        KeyError::BadBase64 {
            label: "PRIVATE KEY".into()
        }
    );
    let not_a_key = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
    assert!(matches!(load_error(not_a_key), KeyError::Malformed { .. }));
}

#[test]
fn public_keys_are_refused_as_public() {
    let signer = KeySigner::from_pem("cr", &common::p256_pkcs8()).unwrap();
    let public = signer.public_key_pem();
    assert_eq!(
        load_error(&public),
        KeyError::PublicKey {
            label: "PUBLIC KEY".into()
        }
    );
    assert!(load_error(&public).to_string().contains("private key"));
}

#[test]
fn encrypted_and_unknown_labels_are_refused() {
    let encrypted =
        "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n";
    assert_eq!(load_error(encrypted), KeyError::Encrypted);
    let dsa = "-----BEGIN DSA PRIVATE KEY-----\nAAAA\n-----END DSA PRIVATE KEY-----\n";
    assert_eq!(
        load_error(dsa),
        KeyError::UnsupportedLabel {
            label: "DSA PRIVATE KEY".into()
        }
    );
}

#[test]
fn an_unsupported_algorithm_names_its_oid() {
    // An X25519 (key agreement) PKCS#8 key: OID 1.3.101.110.
    let x25519 = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VuBCIEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n-----END PRIVATE KEY-----\n";
    let err = load_error(x25519);
    assert_eq!(
        err,
        KeyError::UnsupportedAlgorithm("OID 1.3.101.110".into())
    );
}

#[test]
fn key_material_never_appears_in_debug_or_errors() {
    for (kind, pem) in common::all_key_pems() {
        let signer = KeySigner::from_pem("cr-x", &pem).unwrap();
        let debug = format!("{signer:?}");
        let body_line = pem.lines().nth(1).unwrap();
        assert!(!debug.contains(body_line), "{kind}: {debug}");
        assert!(debug.contains("<redacted>"), "{kind}: {debug}");
        // A damaged key's error does not echo the PEM either.
        let damaged = pem.replace(body_line, &body_line[..body_line.len() - 4]);
        if let Err(e) = KeySigner::from_pem("cr-x", &damaged) {
            assert!(!e.to_string().contains(&body_line[..20]), "{kind}: {e}");
        }
    }
}
